# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and strict Qt defines for every Besuk target.
add_library(besuk_config INTERFACE)
target_compile_features(besuk_config INTERFACE cxx_std_20)
# One include root for the whole tree: an include names the layer it reaches into ("db/Facility.h",
# "platform/printing/TicketPrinter.h"), and tests/CheckLayers.cmake checks that it reaches only downwards.
target_include_directories(besuk_config INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_definitions(besuk_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
target_compile_options(besuk_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
