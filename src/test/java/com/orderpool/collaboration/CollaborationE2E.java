package com.orderpool.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Collaboration in the browser: a task due yesterday shows as overdue on My tasks with a menu badge
 * of 1, a memo on the order, and a ticket that is answered from the dashboard.
 */
class CollaborationE2E {
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser(TestEnvironment.appUrl());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void tasksMemosAndTicketsOnAnOrder() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    String number = "10001-" + code;

    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.type("#newOrderForm\\:model", "Oxford");
    browser.type("#newOrderForm\\:customerName", "Olga Ortiz");
    browser.type("#newOrderForm\\:customerEmail", "olga@example.test");
    browser.fillAddress("newOrderForm", "billing", "Olga Ortiz", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Oxford shoe, black");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "180");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText(number);

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='tasksTab']");
    browser.click("#dash\\:tabs\\:addTask");
    browser.waitForText("Describe the task.");
    browser.waitForText("Choose who does the task.");
    browser.screenshot("60-task-validation");

    String yesterday =
        LocalDateTime.now(ZoneOffset.UTC)
            .minusDays(1)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    browser.type("#dash\\:tabs\\:taskDescription", "Call Olga about the sole colour");
    browser.type("#dash\\:tabs\\:taskDue_input", yesterday);
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var w = PF('widget_dash_tabs_taskAssignee');"
                + " w.selectValue(w.input.find('option').eq(1).val());");
    browser.click("#dash\\:tabs\\:addTask");
    browser.waitForText("Task added.");
    browser.waitUntil(d -> browser.text("#dash\\:tabs\\:tasks").contains("Overdue") ? true : null);
    assertEquals("1", browser.text("#taskBadge").strip());
    browser.screenshot("61-order-tasks");

    browser.open("/collaboration/tasks.xhtml");
    browser.waitForText("Call Olga about the sole colour");
    assertTrue(
        browser.find("#tasksForm\\:tasks tbody tr").getAttribute("class").contains("op-overdue"));
    assertTrue(browser.text("#tasksForm\\:tasks").contains(number));
    assertEquals("1", browser.text("#taskBadge").strip());
    browser.screenshot("62-my-tasks-overdue");

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='memosTab']");
    browser.type(
        "#dash\\:tabs\\:memoText", "Olga is a returning customer.\nOffer the loyalty polish.");
    browser.click("#dash\\:tabs\\:addMemo");
    browser.waitForText("Memo added.");
    browser.type("#dash\\:tabs\\:memoText", "Leather for the sole arrives on Friday.");
    browser.click("#dash\\:tabs\\:addMemo");
    browser.waitUntil(
        d ->
            browser.text("#memoList").startsWith(browser.text("#memoList .op-memo"))
                    && browser.text("#memoList .op-memo").contains("Leather for the sole")
                ? true
                : null);
    browser.screenshot("63-order-memos");

    browser.click("#dash\\:tabs a[href*='ticketsTab']");
    browser.type("#dash\\:tabs\\:ticketSubject", "Can I still change the colour?");
    browser.type("#dash\\:tabs\\:ticketQuestion", "Hi, I would prefer dark brown. Is it too late?");
    browser.click("#dash\\:tabs\\:createTicket");
    browser.waitForText("Ticket created.");
    assertEquals("Open", browser.text("#ticketStatus").strip());
    browser.type(
        "#dash\\:tabs\\:replyText",
        "Yes, production has not started. We switched it to dark brown.");
    browser.click("#dash\\:tabs\\:sendReply");
    browser.waitForText("Reply sent to the customer.");
    browser.waitUntil(d -> "Answered".equals(browser.text("#ticketStatus").strip()) ? true : null);
    browser.screenshot("64-order-ticket-answered");

    browser.open("/collaboration/tickets.xhtml");
    browser.waitForText("Can I still change the colour?");
    assertTrue(browser.text("#ticketsForm\\:tickets").contains("Answered"));
    browser.screenshot("65-tickets");
  }
}
