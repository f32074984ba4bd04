"""`{{ title|era_year }}`: a bare year of the admin's date drill-down in the page's era."""

from django import template

from curation.buddhist_era import year_title

register = template.Library()
register.filter("era_year", year_title)
