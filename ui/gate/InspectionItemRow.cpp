// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gate/InspectionItemRow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

constexpr Disposition Dispositions[] = {Disposition::Allowed, Disposition::Deposited, Disposition::Confiscated,
                                        Disposition::Returned};

} // namespace

InspectionItemRow::InspectionItemRow(const InspectionItem &item, QWidget *parent)
    : QWidget(parent), m_description(new QLineEdit(item.description, this)), m_disposition(new QComboBox(this)),
      m_tag(new QLineEdit(item.tag, this)), m_remove(new QPushButton(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description, 3);
    layout->addWidget(m_disposition, 2);
    layout->addWidget(m_tag, 1);
    layout->addWidget(m_remove);
    m_description->setMaxLength(200);
    m_tag->setMaxLength(40);
    m_description->setObjectName(u"itemDescriptionLineEdit"_s);
    m_disposition->setObjectName(u"itemDispositionComboBox"_s);
    m_tag->setObjectName(u"itemTagLineEdit"_s);
    m_remove->setObjectName(u"itemRemovePushButton"_s);
    for (Disposition disposition : Dispositions)
        m_disposition->addItem(QString(), QVariant::fromValue(int(disposition)));
    m_disposition->setCurrentIndex(m_disposition->findData(int(item.disposition)));
    retranslate();
    updateTag();
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &InspectionItemRow::updateTag);
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

InspectionItem InspectionItemRow::item() const {
    const auto disposition = Disposition(m_disposition->currentData().toInt());
    return InspectionItem{m_description->text().trimmed(), disposition,
                          disposition == Disposition::Deposited ? m_tag->text().trimmed() : QString()};
}

void InspectionItemRow::updateTag() {
    const bool deposited = Disposition(m_disposition->currentData().toInt()) == Disposition::Deposited;
    m_tag->setEnabled(deposited);
    m_tag->setPlaceholderText(deposited ? tr("Tag no.") : QString());
}

void InspectionItemRow::retranslate() {
    const QStringList names{tr("Allowed in"), tr("Deposited (tag)"), tr("Confiscated"), tr("Returned to visitor")};
    for (int index = 0; index < m_disposition->count(); ++index)
        m_disposition->setItemText(index, names.value(index));
    m_description->setPlaceholderText(tr("Item"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this item"));
    updateTag();
}

void InspectionItemRow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace besuk
