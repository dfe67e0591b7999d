package com.orderpool.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link BusinessExceptionHandler} (registered in faces-config.xml). */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {
  public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
  }
}
