"""What a prompt looks like and how it is answered: the card, the presenter that owns
the offer on screen, the quick-log popup, the rating card and the log confirmation."""
