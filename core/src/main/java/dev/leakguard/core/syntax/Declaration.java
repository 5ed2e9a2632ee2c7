package dev.leakguard.core.syntax;

import java.util.List;

/** A member of a class body, or a class itself. */
public sealed interface Declaration extends Syntax {

  enum TypeKind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }

  /**
   * A class, interface, enum, record or annotation type. {@code superTypes}: the extended class
   * and the implemented interfaces, in that order, names as written with their qualifier (an
   * engine that resolves types may add every other supertype it knows; duplicates and
   * {@code java.lang.Object} are dropped);
   * {@code components}: a record's; {@code constants}: an enum's.
   */
  record TypeDecl(TypeKind kind, String name, Pos namePos, Modifiers modifiers, List<Annotation> annotations,
      List<String> superTypes, List<Param> components, List<EnumConstant> constants, List<Declaration> members)
      implements Declaration {
    public TypeDecl {
      annotations = List.copyOf(annotations);
      superTypes = List.copyOf(superTypes);
      components = List.copyOf(components);
      constants = List.copyOf(constants);
      members = List.copyOf(members);
    }
  }

  /** A field declaration of one or more variables, spanning {@code firstLine..lastLine} (annotations included). */
  record FieldDecl(Modifiers modifiers, List<Annotation> annotations, List<VarDecl> variables, int firstLine,
      int lastLine) implements Declaration {
    public FieldDecl {
      annotations = List.copyOf(annotations);
      variables = List.copyOf(variables);
    }
  }

  /** A method; {@code body} is null when it has none. */
  record MethodDecl(String name, Modifiers modifiers, List<Annotation> annotations, List<Param> params,
      Statement.Block body) implements Declaration {
    public MethodDecl {
      annotations = List.copyOf(annotations);
      params = List.copyOf(params);
    }
  }

  /** A constructor; a record's compact constructor has no parameters of its own. */
  record ConstructorDecl(Modifiers modifiers, List<Annotation> annotations, List<Param> params, Statement.Block body,
      boolean compact) implements Declaration {
    public ConstructorDecl {
      annotations = List.copyOf(annotations);
      params = List.copyOf(params);
    }
  }

  /** A static or instance initializer block. */
  record InitializerDecl(boolean isStatic, Statement.Block body) implements Declaration {}

  /** An enum constant: its arguments and its class body (empty when it has none). */
  record EnumConstant(String name, Pos namePos, List<Expression> args, List<Declaration> body) implements Declaration {
    public EnumConstant {
      args = List.copyOf(args);
      body = List.copyOf(body);
    }
  }
}
