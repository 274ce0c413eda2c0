target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/OAuthError.cpp ${CMAKE_CURRENT_LIST_DIR}/OAuthError.h
  ${CMAKE_CURRENT_LIST_DIR}/ServerMetadata.cpp ${CMAKE_CURRENT_LIST_DIR}/ServerMetadata.h
  ${CMAKE_CURRENT_LIST_DIR}/DeviceFlowMachine.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceFlowMachine.h
  ${CMAKE_CURRENT_LIST_DIR}/DeviceFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceFlow.h
  ${CMAKE_CURRENT_LIST_DIR}/TokenSet.cpp ${CMAKE_CURRENT_LIST_DIR}/TokenSet.h
  ${CMAKE_CURRENT_LIST_DIR}/ExtraParameters.cpp ${CMAKE_CURRENT_LIST_DIR}/ExtraParameters.h
  ${CMAKE_CURRENT_LIST_DIR}/PaytronixGuestToken.cpp ${CMAKE_CURRENT_LIST_DIR}/PaytronixGuestToken.h
  ${CMAKE_CURRENT_LIST_DIR}/TokenClient.cpp ${CMAKE_CURRENT_LIST_DIR}/TokenClient.h
  ${CMAKE_CURRENT_LIST_DIR}/IdTokenCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/IdTokenCheck.h)
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/jwt_sources.cmake)
  include(${CMAKE_CURRENT_LIST_DIR}/jwt_sources.cmake)
endif()
target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Pkce.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkce.h
  ${CMAKE_CURRENT_LIST_DIR}/FragmentRelayPage.cpp ${CMAKE_CURRENT_LIST_DIR}/FragmentRelayPage.h
  ${CMAKE_CURRENT_LIST_DIR}/LoopbackRedirectListener.cpp ${CMAKE_CURRENT_LIST_DIR}/LoopbackRedirectListener.h
  ${CMAKE_CURRENT_LIST_DIR}/AuthorizationRequest.cpp ${CMAKE_CURRENT_LIST_DIR}/AuthorizationRequest.h
  ${CMAKE_CURRENT_LIST_DIR}/CodeRedemption.cpp ${CMAKE_CURRENT_LIST_DIR}/CodeRedemption.h
  ${CMAKE_CURRENT_LIST_DIR}/AuthorizationCodeFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/AuthorizationCodeFlow.h
  ${CMAKE_CURRENT_LIST_DIR}/EndSession.cpp ${CMAKE_CURRENT_LIST_DIR}/EndSession.h)
target_sources(tvpair_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/JwksCache.cpp ${CMAKE_CURRENT_LIST_DIR}/JwksCache.h)
target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LogoutUrlTemplate.cpp ${CMAKE_CURRENT_LIST_DIR}/LogoutUrlTemplate.h)
target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ViewerIdentity.cpp ${CMAKE_CURRENT_LIST_DIR}/ViewerIdentity.h)
