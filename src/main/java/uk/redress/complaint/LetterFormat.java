package uk.redress.complaint;

/** The format the complainant needs letters in: a reasonable adjustment the council records at intake. */
public enum LetterFormat {
    STANDARD, LARGE_PRINT, BRAILLE, EASY_READ, AUDIO, TRANSLATED
}
