def roll():
    return 4  # chosen by fair dice roll
