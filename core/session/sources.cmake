target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
  ${CMAKE_CURRENT_LIST_DIR}/SessionRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionRecord.h
  ${CMAKE_CURRENT_LIST_DIR}/SessionState.h
  ${CMAKE_CURRENT_LIST_DIR}/ViewerError.cpp ${CMAKE_CURRENT_LIST_DIR}/ViewerError.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentListCache.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentListCache.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentLists.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentLists.h
  ${CMAKE_CURRENT_LIST_DIR}/EntitlementExpiry.cpp ${CMAKE_CURRENT_LIST_DIR}/EntitlementExpiry.h
  ${CMAKE_CURRENT_LIST_DIR}/LinkedPaymentLists.cpp ${CMAKE_CURRENT_LIST_DIR}/LinkedPaymentLists.h
  ${CMAKE_CURRENT_LIST_DIR}/SignInAttempt.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInAttempt.h
  ${CMAKE_CURRENT_LIST_DIR}/TokenLifecycle.cpp ${CMAKE_CURRENT_LIST_DIR}/TokenLifecycle.h
  ${CMAKE_CURRENT_LIST_DIR}/SessionController.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionController.h)

# The app's translations (viewer errors here, the screens' words in qml/): the .ts sources in
# resources/translations compiled by lrelease and embedded as :/tvpair/i18n/tvpair_<lang>.qm,
# in the core so headless mode and the UI load the same files. One list for the build, the UI's
# language choice (qml/UiLanguage.cpp) and the catalogue check (tests/ui/check_translations.py).
set(TVPAIR_UI_LANGUAGES en da de es fi fr nb nl sv ar CACHE INTERNAL "languages with a catalogue")
find_program(TVPAIR_LRELEASE NAMES lrelease-qt6 lrelease HINTS /usr/lib/qt6/bin ${QT6_INSTALL_PREFIX}/bin)
if(TVPAIR_LRELEASE)
  set(_qm_files)
  foreach(_lang ${TVPAIR_UI_LANGUAGES})
    set(_ts ${CMAKE_SOURCE_DIR}/resources/translations/tvpair_${_lang}.ts)
    set(_qm ${CMAKE_BINARY_DIR}/i18n/tvpair_${_lang}.qm)
    if(EXISTS ${_ts})
      add_custom_command(OUTPUT ${_qm}
        COMMAND ${TVPAIR_LRELEASE} -silent ${_ts} -qm ${_qm}
        DEPENDS ${_ts} VERBATIM)
      list(APPEND _qm_files ${_qm})
    endif()
  endforeach()
  if(_qm_files)
    qt_add_resources(tvpair_core tvpair_translations PREFIX /tvpair/i18n BASE ${CMAKE_BINARY_DIR}/i18n
      FILES ${_qm_files})
  endif()
endif()
