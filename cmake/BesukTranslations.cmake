# SPDX-License-Identifier: GPL-3.0-or-later
# Gives a program the compiled translations (besuk_id.qm, besuk_en.qm) under :/i18n, built in a folder of its own
# so that no two targets share outputs. The besuk program itself uses qt_add_translations (app/gui), which also
# offers the lupdate target; besuk-cli and the test programs embed the same files through this.
function(besuk_embed_translations target)
  set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_i18n)
  set(qm_files)
  foreach(language IN ITEMS id en)
    set(ts ${PROJECT_SOURCE_DIR}/resources/translations/besuk_${language}.ts)
    set(qm ${qm_dir}/besuk_${language}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${qm_dir}
      COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
      DEPENDS ${ts} Qt6::lrelease
      VERBATIM)
    list(APPEND qm_files ${qm})
  endforeach()
  qt_add_resources(${target} "${target}_i18n" PREFIX /i18n BASE ${qm_dir} FILES ${qm_files})
endfunction()
