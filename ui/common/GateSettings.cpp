// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/GateSettings.h"

using namespace Qt::StringLiterals;

namespace besuk {

GateSettings GateSettings::load(QSettings &settings) {
    GateSettings result;
    const QString name = settings.value(u"gate/name"_s, result.gateName).toString().trimmed();
    if (!name.isEmpty())
        result.gateName = name;
    result.language = settings.value(u"gate/language"_s, result.language).toString();
    result.camera = settings.value(u"gate/camera"_s).toString();
    result.cameraOn = settings.value(u"gate/cameraOn"_s, result.cameraOn).toBool();
    result.sounds = settings.value(u"gate/sounds"_s, result.sounds).toBool();
    result.callService = serviceFromKey(settings.value(u"gate/callService"_s).toString()).value_or(Service::Visit);
    const int seconds = settings.value(u"gate/resultSeconds"_s, result.resultSeconds).toInt();
    if (seconds > 0)
        result.resultSeconds = seconds;
    result.scannerPrefix = settings.value(u"gate/scannerPrefix"_s).toString();
    return result;
}

} // namespace besuk
