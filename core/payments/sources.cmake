# sources of core/payments
