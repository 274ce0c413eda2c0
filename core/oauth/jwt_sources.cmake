# JWT / JWKS / ID token verification (OIDC Core §3.1.3.7), included from sources.cmake.
target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Jwt.cpp ${CMAKE_CURRENT_LIST_DIR}/Jwt.h
  ${CMAKE_CURRENT_LIST_DIR}/Jwks.cpp ${CMAKE_CURRENT_LIST_DIR}/Jwks.h
  ${CMAKE_CURRENT_LIST_DIR}/IdTokenValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/IdTokenValidator.h)
