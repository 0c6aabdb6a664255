naïve = 1
naïve naïve
