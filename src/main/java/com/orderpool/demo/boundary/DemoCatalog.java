package com.orderpool.demo.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** The customers and models demo orders are made of. */
final class DemoCatalog {
  private DemoCatalog() {}

  record Customer(
      String name,
      String email,
      String phone,
      String street,
      String postalCode,
      String city,
      String language) {
    String initials() {
      StringBuilder s = new StringBuilder();
      for (String part : name.split(" ")) {
        s.append(part.charAt(0));
      }
      return s.toString();
    }
  }

  record Model(String sku, String name, String leather, BigDecimal price) {}

  private static final List<Customer> CUSTOMERS =
      List.of(
          new Customer(
              "Núria Puig",
              "nuria.puig@example.com",
              "+34 612 401 118",
              "Carrer de Mallorca 401",
              "08013",
              "Barcelona",
              "es"),
          new Customer(
              "Jordi Ferrer",
              "jordi.ferrer@example.com",
              "+34 655 210 334",
              "Passeig de Gràcia 92",
              "08008",
              "Barcelona",
              "es"),
          new Customer(
              "Lucía Martín",
              "lucia.martin@example.com",
              "+34 600 118 902",
              "Calle de Alcalá 120",
              "28009",
              "Madrid",
              "es"),
          new Customer(
              "Pablo Ortega",
              "pablo.ortega@example.com",
              "+34 633 901 442",
              "Gran Vía 31",
              "28013",
              "Madrid",
              "es"),
          new Customer(
              "Carmen Navarro",
              "carmen.navarro@example.com",
              "+34 611 774 230",
              "Calle Colón 18",
              "46004",
              "Valencia",
              "es"),
          new Customer(
              "Andreu Soler",
              "andreu.soler@example.com",
              "+34 644 302 187",
              "Carrer de Sant Miquel 7",
              "07002",
              "Palma",
              "es"),
          new Customer(
              "Marta Vidal",
              "marta.vidal@example.com",
              "+34 677 118 440",
              "Rambla de Catalunya 54",
              "08007",
              "Barcelona",
              "es"),
          new Customer(
              "Iker Etxeberria",
              "iker.etxeberria@example.com",
              "+34 688 550 119",
              "Calle Ercilla 22",
              "48011",
              "Bilbao",
              "es"),
          new Customer(
              "Elena Ruiz",
              "elena.ruiz@example.com",
              "+34 622 901 556",
              "Avenida de la Constitución 9",
              "41004",
              "Sevilla",
              "es"),
          new Customer(
              "Sofía Castro",
              "sofia.castro@example.com",
              "+34 699 440 781",
              "Rúa do Franco 12",
              "15705",
              "Santiago de Compostela",
              "es"),
          new Customer(
              "Oliver Bennett",
              "oliver.bennett@example.com",
              "+34 650 300 912",
              "Carrer del Consell de Cent 333",
              "08007",
              "Barcelona",
              "en"),
          new Customer(
              "Hannah Schmidt",
              "hannah.schmidt@example.com",
              "+34 661 842 005",
              "Calle de Serrano 45",
              "28001",
              "Madrid",
              "en"),
          new Customer(
              "Chloé Martin",
              "chloe.martin@example.com",
              "+34 634 115 870",
              "Carrer de Provença 286",
              "08008",
              "Barcelona",
              "en"),
          new Customer(
              "Àlex Roca",
              "alex.roca@example.com",
              "+34 615 708 223",
              "Carrer Major 40",
              "25007",
              "Lleida",
              "es"));

  private static final List<Model> MODELS =
      List.of(
          new Model("OXF-01", "Oxford", "black calf", new BigDecimal("189.00")),
          new Model("DRB-02", "Derby", "brown grain", new BigDecimal("169.00")),
          new Model("CHB-03", "Chelsea boot", "tan suede", new BigDecimal("215.00")),
          new Model("LOA-04", "Penny loafer", "burgundy calf", new BigDecimal("175.00")),
          new Model("BRG-05", "Full brogue", "walnut calf", new BigDecimal("199.00")),
          new Model("MNK-06", "Double monk", "dark brown museum calf", new BigDecimal("229.00")));

  static Customer customer(Random r) {
    return CUSTOMERS.get(r.nextInt(CUSTOMERS.size()));
  }

  static Model model(Random r) {
    return MODELS.get(r.nextInt(MODELS.size()));
  }

  /** Every third customer of the catalogue buys for a business and has a Spanish VAT ID. */
  static String vatId(Customer c) {
    int i = CUSTOMERS.indexOf(c);
    return i % 3 == 0 ? String.format("ESB%08d", 31_415_926 + i * 7_919) : null;
  }
}
