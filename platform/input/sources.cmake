# sources of platform/input
