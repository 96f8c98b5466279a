// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/VisitsPage.h"

#include "db/Facility.h"
#include "db/GateService.h"
#include "db/RegistrationService.h"
#include "db/VisitAdmin.h"
#include "platform/printing/TicketPrinter.h"
#include "platform/ticket/TicketView.h"
#include "ui_VisitsPage.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

QString statusText(VisitStatus status) {
    switch (status) {
    case VisitStatus::Registered:
        return VisitsPage::tr("waiting");
    case VisitStatus::Admitted:
        return VisitsPage::tr("inside");
    case VisitStatus::CheckedOut:
        return VisitsPage::tr("left");
    case VisitStatus::Refused:
        return VisitsPage::tr("refused");
    case VisitStatus::Cancelled:
        break;
    }
    return VisitsPage::tr("cancelled");
}

QString dispositionText(Disposition disposition) {
    switch (disposition) {
    case Disposition::Allowed:
        return VisitsPage::tr("allowed in");
    case Disposition::Deposited:
        return VisitsPage::tr("deposited");
    case Disposition::Confiscated:
        return VisitsPage::tr("confiscated");
    case Disposition::Returned:
        break;
    }
    return VisitsPage::tr("returned");
}

} // namespace

VisitsPage::VisitsPage(Facility &facility, QWidget *parent)
    : StaffPage(facility, Permission::ViewVisits, parent), m_ui(std::make_unique<Ui::VisitsPage>()) {
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->dateEdit->setDate(facility.today());
    m_ui->statusComboBox->addItem(QString(), QString());
    for (VisitStatus status : {VisitStatus::Registered, VisitStatus::Admitted, VisitStatus::CheckedOut,
                               VisitStatus::Refused, VisitStatus::Cancelled})
        m_ui->statusComboBox->addItem(QString(), statusKey(status));
    m_ui->visitsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->visitsTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &VisitsPage::refresh);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &VisitsPage::fill);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &VisitsPage::fill);
    connect(m_ui->visitsTableWidget, &QTableWidget::itemSelectionChanged, this, &VisitsPage::showSelected);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &VisitsPage::cancelSelected);
    connect(m_ui->reprintPushButton, &QPushButton::clicked, this, &VisitsPage::reprintSelected);
    m_askReason = [this](const VisitRecord &visit) {
        return QInputDialog::getText(this, tr("Cancel ticket %1").arg(visit.queueLabel()),
                                     tr("Why is this ticket cancelled? (recorded in the audit log)"))
            .trimmed();
    };
    m_choosePdf = [this](const VisitRecord &visit) {
        return QFileDialog::getSaveFileName(
            this, tr("Save the ticket as PDF"),
            u"ticket-%1-%2.pdf"_s.arg(visit.date.toString(Qt::ISODate), visit.queueLabel()), tr("PDF files (*.pdf)"));
    };
    retranslate();
}

VisitsPage::~VisitsPage() = default;

QString VisitsPage::title() const {
    return tr("Visits");
}

void VisitsPage::setDate(const QDate &date) {
    m_ui->dateEdit->setDate(date);
    refresh();
}

void VisitsPage::refresh() {
    auto visits =
        onDomain([date = m_ui->dateEdit->date()](Facility &facility) { return VisitAdmin(facility).visitsOn(date); });
    if (!visits) {
        showMessage(visits.error().message);
        return;
    }
    const qint64 keep = selected() ? selected()->id : 0;
    m_visits = *visits;
    m_inspectionsOf = 0;
    fill();
    if (keep != 0)
        select(keep);
}

void VisitsPage::fill() {
    const QString wanted = m_ui->searchLineEdit->text().trimmed();
    const QString status = m_ui->statusComboBox->currentData().toString();
    QTableWidget *table = m_ui->visitsTableWidget;
    const QSignalBlocker blocker(table);
    m_shown.clear();
    for (int index = 0; index < m_visits.size(); ++index) {
        const VisitRecord &visit = m_visits[index];
        if (!status.isEmpty() && statusKey(visit.status) != status)
            continue;
        QStringList haystack{visit.queueLabel(), visit.inmate.name, visit.inmate.number};
        for (const Member &member : visit.members)
            haystack.append(member.name);
        if (!wanted.isEmpty() && !haystack.join(u'\n').contains(wanted, Qt::CaseInsensitive))
            continue;
        m_shown.append(index);
    }
    table->setRowCount(int(m_shown.size()));
    const auto time = [this](const QDateTime &moment) {
        return moment.isValid() ? facility().toLocal(moment).toString(u"HH:mm"_s) : QString();
    };
    for (int row = 0; row < m_shown.size(); ++row) {
        const VisitRecord &visit = m_visits[m_shown[row]];
        const QString lead = visit.members.isEmpty() ? QString() : visit.members.first().name;
        const QStringList cells{visit.queueLabel(),
                                time(visit.registeredAt),
                                visit.inmate.name,
                                lead,
                                QString::number(visit.people()),
                                statusText(visit.status),
                                time(visit.admittedAt),
                                time(visit.checkedOutAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, visit.id);
            table->setItem(row, column, item);
        }
    }
    showSelected();
}

const VisitRecord *VisitsPage::selected() const {
    const auto rows = m_ui->visitsTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_shown.size())
        return nullptr;
    return &m_visits[m_shown[rows.first().row()]];
}

QList<VisitRecord> VisitsPage::listed() const {
    QList<VisitRecord> result;
    for (int index : m_shown)
        result.append(m_visits[index]);
    return result;
}

bool VisitsPage::select(qint64 visitId) {
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_visits[m_shown[row]].id == visitId) {
            m_ui->visitsTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

void VisitsPage::showSelected() {
    const VisitRecord *visit = selected();
    m_ui->cancelPushButton->setEnabled(visit && visit->status == VisitStatus::Registered);
    m_ui->reprintPushButton->setEnabled(visit != nullptr);
    if (!visit) {
        m_ui->detailLabel->setText(tr("Choose a ticket to see its group and inspections."));
        return;
    }
    readDetail(*visit);
    QStringList lines;
    lines.append(
        tr("%1 — %2 (%3), %4").arg(visit->queueLabel(), visit->inmate.name, visit->inmate.number, visit->inmate.block));
    for (const Member &member : visit->members)
        lines.append(u"• %1  %2"_s.arg(member.name, member.maskedNik));
    if (visit->children > 0)
        lines.append(tr("%n child(ren) without NIK", nullptr, visit->children));
    if (visit->status == VisitStatus::Cancelled)
        lines.append(tr("Cancelled: %1").arg(visit->cancelReason));
    if (visit->status == VisitStatus::Refused)
        lines.append(tr("Refused: %1").arg(visit->refusedReason));
    for (const InspectionRecord &inspection : std::as_const(m_inspections)) {
        QStringList items;
        for (const InspectionItem &item : inspection.items)
            items.append(item.tag.isEmpty()
                             ? u"%1 (%2)"_s.arg(item.description, dispositionText(item.disposition))
                             : u"%1 (%2, %3)"_s.arg(item.description, dispositionText(item.disposition), item.tag));
        lines.append(tr("%1 inspection at %2 by %3: %4")
                         .arg(inspection.phase == InspectionPhase::Entry ? tr("Entry") : tr("Exit"),
                              facility().toLocal(inspection.at).toString(u"HH:mm"_s), inspection.officer,
                              items.isEmpty() ? tr("no items") : items.join(u", "_s)));
    }
    m_ui->detailLabel->setText(lines.join(u'\n'));
}

// The visit's inspections, read once a refresh. Names and (masked) NIKs are personal data: every first look at a
// visit is in the audit log.
void VisitsPage::readDetail(const VisitRecord &visit) {
    if (visit.id == m_inspectionsOf)
        return;
    const bool firstLook = visit.id != m_lastViewed;
    auto inspections =
        onDomain([id = visit.id, label = visit.queueLabel(), firstLook, by = actor()](Facility &facility) {
            if (firstLook)
                (void)facility.logEvent(by, u"visit.view"_s, label);
            return GateService(facility).inspections(id);
        });
    m_lastViewed = visit.id;
    m_inspectionsOf = visit.id;
    m_inspections = inspections ? *inspections : QList<InspectionRecord>();
}

void VisitsPage::cancelSelected() {
    const VisitRecord *visit = selected();
    if (!visit)
        return;
    const QString reason = m_askReason(*visit);
    if (reason.isEmpty())
        return;
    auto cancelled = onDomain([id = visit->id, &reason, by = actor()](Facility &facility) {
        return VisitAdmin(facility).cancel(id, reason, by);
    });
    if (!cancelled) {
        showMessage(cancelled.error().message);
        return;
    }
    showMessage(QString());
    refresh();
}

void VisitsPage::reprintSelected() {
    const VisitRecord *visit = selected();
    if (!visit)
        return;
    const QString path = m_choosePdf(*visit);
    if (path.isEmpty())
        return;
    const VisitRecord chosen = *visit;
    auto ticket = onDomain([&chosen](Facility &facility) -> Result<TicketView> {
        auto payload = RegistrationService(facility).payloadFor(chosen);
        if (!payload)
            return payload.error();
        return TicketView::from(chosen, *payload, facility);
    });
    if (!ticket) {
        showMessage(ticket.error().message);
        return;
    }
    PrinterChoice choice;
    choice.kind = PrinterChoice::Kind::Pdf;
    choice.pdfPath = path;
    choice.paper = Paper::A6;
    auto printed = TicketPrinter::print(*ticket, choice);
    if (!printed) {
        showMessage(TicketPrinter::visitorMessage(printed.error()));
        return;
    }
    (void)onDomain([label = chosen.queueLabel(), by = actor()](Facility &facility) {
        return facility.logEvent(by, u"visit.reprint"_s, label);
    });
    showMessage(QString());
}

void VisitsPage::showMessage(const QString &message) {
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void VisitsPage::retranslate() {
    m_ui->searchLineEdit->setPlaceholderText(tr("Search: number, inmate or visitor"));
    m_ui->statusComboBox->setItemText(0, tr("All tickets"));
    const QList<VisitStatus> statuses{VisitStatus::Registered, VisitStatus::Admitted, VisitStatus::CheckedOut,
                                      VisitStatus::Refused, VisitStatus::Cancelled};
    for (int index = 0; index < statuses.size(); ++index)
        m_ui->statusComboBox->setItemText(index + 1, statusText(statuses[index]));
    QTableWidget *table = m_ui->visitsTableWidget;
    table->setColumnCount(8);
    table->setHorizontalHeaderLabels({tr("Ticket"), tr("Registered"), tr("Inmate"), tr("Lead visitor"), tr("People"),
                                      tr("Status"), tr("Admitted"), tr("Left")});
}

void VisitsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fill();
    }
    StaffPage::changeEvent(event);
}

} // namespace besuk
