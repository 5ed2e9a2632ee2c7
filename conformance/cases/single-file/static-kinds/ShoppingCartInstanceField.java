package conformance.statickinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance field of an ordinary class is not a holder: a new cart is created per request (see
 * {@code CheckoutFlow}), so the list is collected with the cart.
 */
public class ShoppingCartInstanceField {

  private final List<BigDecimal> linePrices = new ArrayList<>(); // expect: none

  public void addLine(BigDecimal price) {
    linePrices.add(price);
  }

  public BigDecimal total() {
    return linePrices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static final class CheckoutFlow {
    BigDecimal price(List<BigDecimal> requestLines) {
      ShoppingCartInstanceField cart = new ShoppingCartInstanceField();
      requestLines.forEach(cart::addLine);
      return cart.total();
    }
  }
}
