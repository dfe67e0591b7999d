package com.orderpool.notifications.control;

/** Hands an e-mail to a mail server; throws {@link MailDeliveryException} when that fails. */
public interface MailTransport {
  void send(OutgoingMail mail);

  /**
   * A run of sends that may share one connection to the mail server; close it when done. This
   * default sends each mail on its own.
   */
  default Batch batch() {
    return new Batch() {
      @Override
      public void send(OutgoingMail mail) {
        MailTransport.this.send(mail);
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  /** Sends over a connection held until {@link #close()}. */
  interface Batch extends AutoCloseable {
    void send(OutgoingMail mail);

    @Override
    void close();
  }
}
