"""dev41 negatives: outbreaks, vaccination and nutrition screening, as health and humanitarian
agencies report them. (title, text, kind code); kind codes in eval/conflictset."""

NEGATIVES = [
    (
        "Zambia: cholera outbreak spreads to nine provinces",
        "Zambia has recorded more than 15,000 cholera cases and 580 deaths since October, the health ministry said, and the national stadium in Lusaka has been turned into a treatment centre. WHO has shipped 1.7 million doses of oral cholera vaccine. Schools in the capital delayed reopening after the holidays.",
        "health",
    ),
    (
        "First mpox vaccines given in Kinshasa",
        "The first doses of mpox vaccine in the Democratic Republic of the Congo were given in Kinshasa on Saturday, starting with health workers and contacts of confirmed cases, the health ministry said. The country has reported more than 20,000 suspected cases this year.",
        "health",
    ),
    (
        "WHO calls for catch-up vaccination as measles surges in Afghanistan",
        "Afghanistan has reported more than 30,000 suspected measles cases and 200 deaths this year, most among children under five, WHO said. The agency urged catch-up vaccination in districts where routine immunisation lags. Mobile teams will target children in remote villages of the central highlands.",
        "health",
    ),
    (
        "Pakistan polio campaign aims to reach 45 million children",
        "ISLAMABAD - A nationwide polio vaccination campaign aiming to reach 45 million children under five began on Monday, with 400,000 vaccinators going door to door, the Pakistan Polio Eradication Programme said. The campaign will run for seven days in most districts.",
        "health",
    ),
    (
        "Dengue hospital admissions pass 100,000 in Bangladesh",
        "More than 100,000 people have been admitted to hospital with dengue in Bangladesh this year and 500 have died, the Directorate General of Health Services said, as a long monsoon extends mosquito breeding. Hospitals in Dhaka have opened special dengue wards.",
        "health",
    ),
    (
        "Uganda declares Sudan virus disease outbreak in Kampala",
        "Uganda declared an outbreak of Sudan virus disease, a relative of Ebola, after a nurse died at Mulago hospital in Kampala, the health ministry said. Contacts are being traced, and a vaccine trial is being prepared with WHO. The nurse had treated patients in Mbale and Kampala before her death.",
        "health",
    ),
    (
        "Cameroon extends malaria vaccine to 42 districts",
        "Cameroon has extended routine malaria vaccination to 42 districts, giving the RTS,S vaccine to children from six months of age, Gavi said. Malaria is the leading cause of death among young children in the country.",
        "health",
    ),
    (
        "MSF: Kano diphtheria treatment centre receives 100 patients a day",
        "Kano State has recorded more than 14,000 suspected diphtheria cases, MSF said. Its treatment centre in Kano city receives up to 100 patients a day, most of them unvaccinated children. Stocks of diphtheria antitoxin are running low worldwide.",
        "health",
    ),
    (
        "Niger vaccinates 1 million against meningitis after outbreak",
        "Health workers in Niger vaccinated about 1 million people against meningitis in the Dosso and Niamey regions after an outbreak of meningococcal meningitis killed 61 people, WHO said.",
        "health",
    ),
    (
        "Turkana screening finds one in five children acutely malnourished",
        "LODWAR, Kenya - Community health volunteers screened 120,000 children under five in Turkana county with MUAC tapes and found 18% acutely malnourished, UNICEF and the county health department said. Drought has killed much of the county's livestock. Children with severe wasting are being referred for therapeutic feeding. Families walk up to 20 km to reach the nearest outpatient site.",
        "health",
    ),
    (
        "Malawi launches HPV vaccination for 600,000 girls",
        "Malawi's health ministry aims to vaccinate 600,000 girls aged 9 to 14 against human papillomavirus in a two-week campaign in schools, with support from UNICEF and Gavi. Teachers have been trained to answer parents' questions about the vaccine.",
        "health",
    ),
    (
        "NCDC confirms 180 Lassa fever deaths this year",
        "The Nigeria Centre for Disease Control has confirmed 180 Lassa fever deaths so far this year, most of them in Ondo, Edo and Bauchi states, and warned health workers to use protective equipment when treating patients with fever.",
        "health",
    ),
    (
        "Oral cholera vaccine campaign reaches 200,000 in Port-au-Prince",
        "Health authorities and PAHO vaccinated about 200,000 people against cholera in Cité Soleil and Carrefour in a week-long campaign, after a rise in suspected cases, PAHO said. Teams also distributed water treatment tablets.",
        "health",
    ),
    (
        "Madagascar reports pneumonic plague cases in Ambalavao",
        "Madagascar's health ministry confirmed 11 cases of pneumonic plague, three of them fatal, in Ambalavao district, and WHO said rapid response teams were giving antibiotics to contacts. Schools in the district were closed for a week as a precaution.",
        "health",
    ),
    (
        "WHO prequalifies simplified oral cholera vaccine",
        "WHO has prequalified a simplified oral cholera vaccine made in South Korea, Gavi said. It could increase global supply by about 25%. The emergency stockpile has run empty several times this year as outbreaks spread. Countries have switched to single-dose campaigns to stretch supplies.",
        "health",
    ),
    (
        "Nutrition screening and vitamin A drive reaches 2 million children in Niger",
        "More than 2 million children in Niger were screened for malnutrition and given vitamin A and deworming tablets during a national child health week, UNICEF said. Mothers were trained to measure their children's arms with colour-coded tapes.",
        "health",
    ),
]
