#pragma once

#include "db/Result.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace besuk {

class Facility;

struct AdultEntry {
    QString nik;
    QString name;
};

struct RegistrationRequest {
    QString inmateNumber;
    QList<AdultEntry> adults; // the first is the lead visitor
    int children = 0;         // children without a NIK, counted only
    Service service = Service::Visit;
    QString station; // who registered: "kiosk-1", "cli", ...
};

struct IssuedTicket {
    VisitRecord visit;
    QString payload; // what the QR holds
};

// A visitor group's self-registration: every rule checked, the queue number drawn and the ticket stored in one
// transaction, then signed. A refusal says in plain words what to do next and changes nothing.
class RegistrationService {
    Q_DECLARE_TR_FUNCTIONS(RegistrationService)
public:
    static constexpr int MaxChildren = 20;

    explicit RegistrationService(Facility &facility) : m_facility(facility) {}

    Result<IssuedTicket> registerGroup(const RegistrationRequest &request);

    // The payload of a stored ticket, signed again (Ed25519 is deterministic: the same QR as first printed).
    Result<QString> payloadFor(const VisitRecord &visit);

private:
    Facility &m_facility;
};

} // namespace besuk
