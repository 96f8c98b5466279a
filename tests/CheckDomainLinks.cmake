# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the domain library's link line reaches Qt Gui or Widgets, or when besuk-cli cannot render a report
# headless: copied alone into an empty folder (no besuk program beside it, none on PATH), with no DISPLAY and no
# QT_QPA_PLATFORM, it must set up a facility and write the PDF report.
# Called by CTest with -DLINKS=<besuk_domain's LINK_LIBRARIES> -DCLI=<path of besuk-cli> -DWORK=<scratch folder>.
if(LINKS MATCHES "Gui|Widgets")
  message(FATAL_ERROR "besuk_domain links: ${LINKS}")
endif()
execute_process(COMMAND ldd "${CLI}" OUTPUT_VARIABLE libraries RESULT_VARIABLE failed)
if(failed OR NOT libraries MATCHES "libQt6Sql")
  message(FATAL_ERROR "unexpected ldd output on ${CLI}:\n${libraries}")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/bin")
file(COPY "${CLI}" DESTINATION "${WORK}/bin")
set(cli "${WORK}/bin/besuk-cli")
set(clean env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM PATH=/usr/bin:/bin XDG_RUNTIME_DIR=${WORK})
foreach(step IN ITEMS
    "init;--facility;Rutan Uji;--timezone;Asia/Jakarta"
    "export;--format;pdf;--output;${WORK}/laporan.pdf")
  execute_process(COMMAND ${clean} "${cli}" --db "${WORK}/besuk.sqlite" ${step}
    RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(failed)
    message(FATAL_ERROR "besuk-cli ${step} without a display: exit ${failed}\n${out}\n${err}")
  endif()
endforeach()
file(READ "${WORK}/laporan.pdf" head LIMIT 5)
if(NOT head MATCHES "^%PDF-")
  message(FATAL_ERROR "besuk-cli export wrote no PDF without a display")
endif()
message(STATUS "besuk_domain links: ${LINKS}; besuk-cli rendered a PDF report with no display")
