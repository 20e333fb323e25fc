"""After a hard call and over the week: the reflection, the coach card, the weekly
check-in and the end-of-shift wind-down."""
