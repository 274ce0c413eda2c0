# sources of core/oauth
