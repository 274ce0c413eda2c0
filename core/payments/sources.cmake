target_sources(tvpair_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Models.cpp ${CMAKE_CURRENT_LIST_DIR}/Models.h)
target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PaymentResults.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentAnswer.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentAnswer.h
  ${CMAKE_CURRENT_LIST_DIR}/PagedListing.cpp ${CMAKE_CURRENT_LIST_DIR}/PagedListing.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentProviderFactory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CleengAnswers.cpp ${CMAKE_CURRENT_LIST_DIR}/CleengAnswers.h
  ${CMAKE_CURRENT_LIST_DIR}/CleengProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/CleengProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/InPlayerAnswers.cpp ${CMAKE_CURRENT_LIST_DIR}/InPlayerAnswers.h
  ${CMAKE_CURRENT_LIST_DIR}/InPlayerProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/InPlayerProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/MpxAnswers.cpp ${CMAKE_CURRENT_LIST_DIR}/MpxAnswers.h
  ${CMAKE_CURRENT_LIST_DIR}/MpxProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/MpxProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/RestAnswers.cpp ${CMAKE_CURRENT_LIST_DIR}/RestAnswers.h
  ${CMAKE_CURRENT_LIST_DIR}/RestProvider.cpp ${CMAKE_CURRENT_LIST_DIR}/RestProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/UserInfoProducts.cpp ${CMAKE_CURRENT_LIST_DIR}/UserInfoProducts.h
  ${CMAKE_CURRENT_LIST_DIR}/CheckoutUrl.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckoutUrl.h
  ${CMAKE_CURRENT_LIST_DIR}/PurchaseWatch.cpp ${CMAKE_CURRENT_LIST_DIR}/PurchaseWatch.h)
