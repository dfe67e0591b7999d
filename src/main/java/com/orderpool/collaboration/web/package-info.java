/**
 * Backing beans of the dashboard's Tasks, Memos and Tickets tabs, My tasks and the Tickets page.
 */
package com.orderpool.collaboration.web;
