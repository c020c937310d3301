<#-- The Ombudsman signpost: the complainant's right after the council's final response. -->
If you remain unhappy, you can ask the ${council.ombudsmanName} to look at your complaint. ${council.ombudsmanWording}

Telephone: ${council.ombudsmanPhone}
Website: ${council.ombudsmanWebsite}
