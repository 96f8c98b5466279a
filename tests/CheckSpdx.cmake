# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file has no SPDX-License-Identifier line among its first lines: code, headers, Qt Designer
# forms, style sheets, web pages and scripts, CMake files and shell scripts (see COPYING and debian/copyright).
# Run as: cmake -DSOURCE_DIR=<repository> -P CheckSpdx.cmake
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(patterns)
foreach(folder IN ITEMS app cmake db packaging platform resources tests ui web .ci)
  foreach(extension IN ITEMS c cc cpp h hpp ui cmake qss css js html sh py)
    list(APPEND patterns ${SOURCE_DIR}/${folder}/*.${extension})
  endforeach()
  list(APPEND patterns ${SOURCE_DIR}/${folder}/CMakeLists.txt ${SOURCE_DIR}/${folder}/*/CMakeLists.txt)
endforeach()
file(GLOB_RECURSE files LIST_DIRECTORIES false ${patterns})
file(GLOB top ${SOURCE_DIR}/CMakeLists.txt ${SOURCE_DIR}/.ci/*)
list(APPEND files ${top})
list(FILTER files EXCLUDE REGEX "/tests/fuzz/corpus/") # fuzzing inputs, not sources
list(REMOVE_DUPLICATES files)

set(missing)
foreach(file IN LISTS files)
  file(STRINGS ${file} head LIMIT_COUNT 5)
  if(NOT head MATCHES "SPDX-License-Identifier: [A-Za-z0-9.+-]+")
    file(RELATIVE_PATH name ${SOURCE_DIR} ${file})
    list(APPEND missing ${name})
  endif()
endforeach()
list(LENGTH files checked)
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "No SPDX-License-Identifier line in the first five lines of:\n  ${missing}")
endif()
message(STATUS "${checked} source files, each with an SPDX line")
