package com.orderpool.platform.control;

import java.io.Serializable;

/** A provisioned tenant and its admin's one-time set-password token (shown once). */
public record ProvisionResult(String code, String adminEmail, String setPasswordToken)
    implements Serializable {}
