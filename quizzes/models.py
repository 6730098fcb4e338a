# Cards, questions, reviews and attempts arrive with the generation and review issues.
