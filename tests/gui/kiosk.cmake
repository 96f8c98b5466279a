# The lobby kiosk: the real widgets driven with QTest on a real (temporary) facility.
file(GLOB BESUK_KIOSK_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/Kiosk*Test.cpp)
add_executable(besuk_kiosk_tests ${BESUK_KIOSK_TEST_SOURCES} KioskTest.h)
target_link_libraries(besuk_kiosk_tests PRIVATE besuk_kiosk besuk_test_support besuk_gui_test_main)
target_compile_definitions(besuk_kiosk_tests PRIVATE
  BESUK_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
  BESUK_DEMO_ROSTER="${PROJECT_SOURCE_DIR}/resources/demo/roster.csv"
)

# The same compiled translations as the besuk program, under :/i18n, built here so as not to share outputs.
set(kiosk_test_qm_dir ${CMAKE_CURRENT_BINARY_DIR}/kiosk_i18n)
set(kiosk_test_qm_files)
foreach(language IN ITEMS id en)
  set(ts ${PROJECT_SOURCE_DIR}/resources/translations/besuk_${language}.ts)
  set(qm ${kiosk_test_qm_dir}/besuk_${language}.qm)
  add_custom_command(OUTPUT ${qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${kiosk_test_qm_dir}
    COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
    DEPENDS ${ts} Qt6::lrelease
    VERBATIM)
  list(APPEND kiosk_test_qm_files ${qm})
endforeach()
qt_add_resources(besuk_kiosk_tests "besuk_kiosk_test_i18n"
  PREFIX /i18n
  BASE ${kiosk_test_qm_dir}
  FILES ${kiosk_test_qm_files}
)
catch_discover_tests(besuk_kiosk_tests TEST_PREFIX "gui: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
