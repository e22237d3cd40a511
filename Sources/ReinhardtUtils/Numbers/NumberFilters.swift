/// Django's numeric template filters (`django.template.defaultfilters`), rendered for the `en`
/// locale with `USE_THOUSAND_SEPARATOR = False`.
public enum NumberFilters {}
