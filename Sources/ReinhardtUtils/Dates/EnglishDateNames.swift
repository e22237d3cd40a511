/// The English strings of `django.utils.dates` (untranslated `en` catalogue).
package enum EnglishDateNames {
    /// `WEEKDAYS`, Monday first.
    package static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// `WEEKDAYS_ABBR`, Monday first.
    package static let weekdaysShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    /// `MONTHS` (and `MONTHS_ALT`, identical in English).
    package static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    /// `MONTHS_3`.
    package static let monthsLower3 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// `MONTHS_3` title-cased (format character `M`).
    package static let monthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// `MONTHS_AP`: Associated Press abbreviations.
    package static let monthsAP = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]
}
