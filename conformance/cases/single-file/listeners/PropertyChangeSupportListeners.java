package conformance.listeners;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import org.springframework.stereotype.Component;

/**
 * A singleton's listener support keeps every listener added to it until it is removed: with no
 * removal anywhere, each added listener stays (a registration: one entry per registered object,
 * normal). The same support with a removal method is not reported.
 */
@Component
public class PropertyChangeSupportListeners {

  private final PropertyChangeSupport changes = new PropertyChangeSupport(this); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal

  public void addChangeListener(PropertyChangeListener listener) {
    changes.addPropertyChangeListener(listener); // growth
  }
}

@Component
class RemovableListeners {

  private final PropertyChangeSupport changes = new PropertyChangeSupport(this); // expect: none

  public void addChangeListener(PropertyChangeListener listener) {
    changes.addPropertyChangeListener(listener);
  }

  public void removeChangeListener(PropertyChangeListener listener) {
    changes.removePropertyChangeListener(listener);
  }
}
