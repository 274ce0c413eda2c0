# sources of platform/secrets
