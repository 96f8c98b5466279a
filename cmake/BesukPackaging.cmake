# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (issue 9). In a release build folder:
#   cmake --preset release && cmake --build --preset release && (cd build/release && cpack -G DEB)
# makes besuk_<version>_amd64.deb. Everything the package holds besides the two programs is made here at build
# time (man pages, icon PNGs, compressed docs), so `cpack` only collects.
# Layout: programs in /usr/bin; /etc/besuk/besuk.conf; systemd units in /lib/systemd/system (not enabled); the
# site's data in /var/lib/besuk, made by the maintainer scripts (packaging/deb) for the `besuk` system user; the
# booking site's reverse-proxy configurations and PostgreSQL grants in /usr/share/besuk/{web,postgres}.

set(BESUK_PACKAGE_MAINTAINER "Besuk maintainers <maintainers@besuk.invalid>"
    CACHE STRING "Maintainer field of the Debian package: NAME <EMAIL>")

set(pkg_src "${PROJECT_SOURCE_DIR}/packaging")
set(pkg_out "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${pkg_out}")

# Dates for the man pages and the Debian changelog (SOURCE_DATE_EPOCH, when set, makes them reproducible).
string(TIMESTAMP BESUK_MAN_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP BESUK_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)

# Text files, compressed the way Debian wants them (gzip -9n: no name, no time stamp).
set(pkg_generated)
function(besuk_gzip source output)
  add_custom_command(OUTPUT "${output}.gz"
    COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${output}"
    COMMAND gzip -9nf "${output}"
    DEPENDS "${source}" VERBATIM)
  set(pkg_generated ${pkg_generated} "${output}.gz" PARENT_SCOPE)
endfunction()

foreach(page IN ITEMS besuk besuk-cli besuk-web)
  configure_file("${pkg_src}/man/${page}.1.in" "${pkg_out}/man/${page}.1.in" @ONLY)
  besuk_gzip("${pkg_out}/man/${page}.1.in" "${pkg_out}/man/${page}.1")
  install(FILES "${pkg_out}/man/${page}.1.gz" DESTINATION share/man/man1)
endforeach()

configure_file("${pkg_src}/deb/changelog.in" "${pkg_out}/doc/changelog.in" @ONLY)
configure_file("${pkg_src}/deb/copyright" "${pkg_out}/doc/copyright" @ONLY)
besuk_gzip("${pkg_out}/doc/changelog.in" "${pkg_out}/doc/changelog")
besuk_gzip("${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${pkg_out}/doc/CHANGELOG.md")
besuk_gzip("${PROJECT_SOURCE_DIR}/README.md" "${pkg_out}/doc/README.md")
besuk_gzip("${PROJECT_SOURCE_DIR}/docs/deployment.md" "${pkg_out}/doc/deployment.md")
install(FILES "${pkg_out}/doc/copyright" "${pkg_out}/doc/changelog.gz" "${pkg_out}/doc/CHANGELOG.md.gz"
              "${pkg_out}/doc/README.md.gz" "${pkg_out}/doc/deployment.md.gz"
        DESTINATION share/doc/besuk)

# The icon: the SVG as drawn, and PNGs rendered from it by a small Qt tool.
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/besuk.svg" DESTINATION share/icons/hicolor/scalable/apps)
if(BESUK_BUILD_GUI)
  add_executable(besuk_render_icon "${pkg_src}/tools/RenderIcon.cpp")
  target_link_libraries(besuk_render_icon PRIVATE besuk_config Qt6::Gui Qt6::Svg)
  foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    set(png "${pkg_out}/icons/${size}/besuk.png")
    add_custom_command(OUTPUT "${png}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${pkg_out}/icons/${size}"
      COMMAND besuk_render_icon "${PROJECT_SOURCE_DIR}/resources/icons/besuk.svg" ${size} "${png}"
      DEPENDS besuk_render_icon "${PROJECT_SOURCE_DIR}/resources/icons/besuk.svg" VERBATIM)
    list(APPEND pkg_generated "${png}")
    install(FILES "${png}" DESTINATION share/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()
add_custom_target(besuk_package_files ALL DEPENDS ${pkg_generated})

# A desktop entry per station, AppStream metadata.
file(GLOB pkg_desktop_files "${pkg_src}/desktop/*.desktop")
install(FILES ${pkg_desktop_files} DESTINATION share/applications)
install(FILES "${pkg_src}/appstream/id.besuk.Besuk.metainfo.xml" DESTINATION share/metainfo)

# The administrator's explicit step that deletes the site's data (removing or purging the package never does).
install(PROGRAMS "${pkg_src}/share/delete-site-data" DESTINATION share/besuk)

# System configuration and the kiosk session (absolute paths: this part is for the Debian package).
install(FILES "${pkg_src}/etc/besuk.conf" DESTINATION /etc/besuk)
install(FILES "${pkg_src}/kiosk/besuk-session.pam" DESTINATION /etc/pam.d RENAME besuk-session)
install(FILES "${pkg_src}/kiosk/besuk-kiosk.service" "${pkg_src}/kiosk/besuk-display.service"
              "${pkg_src}/kiosk/besuk-backup.service" "${pkg_src}/kiosk/besuk-backup.timer"
              "${pkg_src}/web/besuk-web.service"
        DESTINATION /lib/systemd/system)

# The booking site on the internet (docs/deployment.md): the reverse proxy in front of it, the web role's grants.
install(FILES "${pkg_src}/caddy/Caddyfile" DESTINATION share/besuk/web)
install(FILES "${pkg_src}/nginx/besuk-web.conf" DESTINATION share/besuk/web RENAME nginx-besuk-web.conf)
install(FILES "${pkg_src}/postgres/web-role.sql" DESTINATION share/besuk/postgres)

# The package itself.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "besuk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Besuk developers")
set(CPACK_PACKAGE_CONTACT "${BESUK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "visitor check-in for prison visiting rooms")
# Debian wants the long description in lines shorter than 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "Visitors register themselves at a lobby kiosk and get a signed QR queue
ticket; the guard at the gate scans it, sees a clear verdict, records the
belongings inspection and admits the group; a lobby display calls numbers
aloud; staff see the day's tally of men, women and children live and export
it. Offline, in Bahasa Indonesia and English, on one PC (SQLite) or several
sharing a PostgreSQL server.

This package holds the stations (besuk), the command-line tool (besuk-cli),
the booking site where families book a visit slot from home (besuk-web),
systemd units that run the kiosk or the queue display full screen in cage,
the booking site behind a reverse proxy (Caddy or nginx configurations
included), and a daily backup timer.

Removing or purging the package keeps the facility's records: the database
with its audit log, the signing key and the backups in /var/lib/besuk, and
the besuk user that owns them; a reinstalled package uses them again.
Deleting them is a separate step: /usr/share/besuk/delete-site-data.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "besuk")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Linked libraries come from dpkg-shlibdeps; what Qt, GStreamer and espeak-ng load at run time is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The ticket names its typefaces (TicketLayout::fontFamilies): DejaVu Sans is required; the fonts for names in
# Chinese and Arabic script are large (about 130 MB) and recommended, which apt installs by default. The kiosk's and
# besuk-cli's identity-card reader loads Tesseract's Indonesian model (tesseract-ocr-ind) at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, espeak-ng-data, fonts-dejavu-core, libtesseract5, tesseract-ocr-ind")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "cage, xwayland, libpam-systemd, qt6-wayland, libqt6sql6-psql, fonts-noto-cjk, fonts-noto-core, pipewire-pulse | pulseaudio")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, cups, caddy | nginx")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${pkg_src}/deb/postinst;${pkg_src}/deb/prerm;${pkg_src}/deb/postrm;${pkg_src}/deb/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
