# placeholder: the kiosk comes in its own commit
