import nodemailer from "nodemailer";
import type { Transport } from "./deliver";

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body });
    },
  };
}
