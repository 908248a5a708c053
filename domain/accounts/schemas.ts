import { z } from "zod";
import { emailWithAsciiDomain, visibleText } from "../../platform/validation";

/** Addresses are compared and stored in lower case, so "Kari@Eksempel.no" and "kari@eksempel.no" are one account. */
export const emailField = z.string().trim().toLowerCase().min(1).transform(emailWithAsciiDomain).pipe(z.email().max(254));

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
export const newPasswordField = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const signUpSchema = z.object({
  name: visibleText(200),
  email: emailField,
  password: newPasswordField,
});

/** Sign-in does not apply the length rule for new passwords: it only has to match. */
export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const emailSchema = z.object({ email: emailField });

export const linkTokenField = z.string().min(1).max(200);

export const linkSchema = z.object({ token: linkTokenField });

/** The confirmation form asks for the password only when the one confirming is not signed in to the account. */
export const verifyEmailSchema = linkSchema.extend({ password: z.string().max(PASSWORD_MAX).optional() });

export const resetPasswordSchema = z.object({ token: linkTokenField, password: newPasswordField });

export const deleteAccountFormSchema = z.object({ confirmEmail: emailField });

export const deleteAccountSchema = deleteAccountFormSchema.extend({ personId: z.uuid() });
