"""dev333 negatives: accidents, health, disasters, sport, business and other rights news."""

NEGATIVES = [
    (
        "Mexican officials charged after 40 migrants die in Ciudad Juarez detention centre fire",
        "Mexican prosecutors have charged six people, including officials of the National "
        "Migration Institute, over a fire at a detention centre in Ciudad Juarez in which 40 "
        "migrants died. Security camera footage showed guards walking away from a locked cell as "
        "smoke filled the room, after detainees set fire to foam mattresses in protest at their "
        "imminent deportation. The victims came from Guatemala, Honduras, Venezuela and El "
        "Salvador, and about two dozen others were injured. Rights groups said the disaster "
        "exposed the conditions in which migrants are held, often for days without access to "
        "lawyers. President Andres Manuel Lopez Obrador said the guards had not opened the cell "
        "because they did not have the keys. The UN refugee agency and the International "
        "Organization for Migration called for alternatives to detention. Relatives gathered "
        "outside the building with candles and flowers.",
        "accident",
    ),
    (
        "Fire destroys 2,000 shelters in Rohingya camp in Cox's Bazar",
        "A fire swept through a Rohingya refugee camp in Cox's Bazar, Bangladesh, on Sunday, "
        "destroying about 2,000 bamboo and tarpaulin shelters and leaving some 12,000 people "
        "homeless, officials said. The blaze broke out in the afternoon in Camp 11 and spread "
        "quickly in dry, windy conditions before firefighters brought it under control after "
        "about three hours. No deaths were reported, but dozens of learning centres, health posts "
        "and mosques were also destroyed. Bangladesh's refugee commissioner said an investigation "
        "had been ordered. Aid agencies began distributing food and tarpaulins to families "
        "sleeping in the open. Rights groups have long criticised fences around the camps, which "
        "they say slow escape and firefighting. More than a million Rohingya live in the camps "
        "after fleeing Myanmar. Refugees said the fire spread so fast that many families could "
        "not save their documents or food rations. It was the third large fire in the camps this "
        "year. A fire in 2021 killed at least 15 people and destroyed about 10,000 shelters. The "
        "UN refugee agency said its volunteers had helped evacuate elderly people and children.",
        "accident",
    ),
    (
        "TB rates in Philippine jails up to ten times national average, study finds",
        "Tuberculosis rates in Philippine jails are up to ten times higher than in the general "
        "population, a study published on Thursday found, and rights groups said overcrowding was "
        "turning cells into incubators for the disease. Researchers screened more than 9,000 "
        "inmates in 19 jails in Metro Manila and found active TB in about 4% of them. Some "
        "facilities hold more than five times the number of people they were built for, with "
        "inmates sleeping in shifts on concrete floors. The Bureau of Jail Management and "
        "Penology said it had introduced portable X-ray machines and was working with the health "
        "department on treatment. Most of those held have not been convicted and are awaiting "
        "trial, often for years. The Commission on Human Rights called for wider use of bail for "
        "minor offences. The World Health Organization lists the Philippines among the countries "
        "with the heaviest TB burden.",
        "health",
    ),
    (
        "Report links 14 deaths in US immigration detention to medical neglect",
        "At least 14 people have died in US immigration detention since January, and in most "
        "cases detention staff failed to provide timely medical care, a report by a coalition of "
        "physicians and civil liberties groups said on Tuesday. The report, based on death "
        "reviews by Immigration and Customs Enforcement and medical records obtained through "
        "lawsuits, found cases of diabetes, heart conditions and infections that went untreated "
        "for days. It said detention numbers have risen above 60,000 for the first time, "
        "stretching the medical staff of privately run facilities. Physicians for Human Rights "
        "said several of the deaths were preventable. ICE said in a statement that detainees "
        "receive comprehensive medical care and that each death is reviewed. Two senators have "
        "asked the inspector general to investigate conditions at a centre in Georgia.",
        "health",
    ),
    (
        "Texas prisons without air conditioning linked to heat deaths, lawsuit claims",
        "A federal lawsuit filed on Monday accuses the Texas prison system of exposing inmates to "
        "deadly heat, saying that 41 people may have died of heat-related causes during last "
        "summer's heatwave in facilities without air conditioning. Temperatures inside some cells "
        "exceeded 43C for weeks, according to the lawsuit, which was brought by the Texas Civil "
        "Rights Project on behalf of prisoners and their families. About two-thirds of the "
        "state's prisons lack air conditioning in housing areas. The Texas Department of Criminal "
        "Justice said it had provided fans, ice water and cooled respite areas, and that none of "
        "the deaths had been confirmed as caused by heat. A federal judge said last year that "
        'conditions were "sadistic". The legislature has budgeted funds for cooling, but '
        "installing it in all units could take years. Forecasters expect another hotter than "
        "normal summer.",
        "disaster",
    ),
    (
        "Pakistan floods: Hindu and Christian families say they were turned away from relief camps",
        "Hindu and Christian families displaced by Pakistan's floods in Sindh province say they "
        "were denied food and shelter at relief camps run by local officials and charities, the "
        "Human Rights Commission of Pakistan said on Wednesday. The commission's fact-finding "
        "team visited camps in the districts of Dadu, Jacobabad and Sanghar, where some families "
        "told them they had been asked to leave after giving their names. Hundreds of Hindu "
        "families were living on raised embankments without tents or clean water, the report "
        "said. The floods, caused by record monsoon rains and melting glaciers, have killed more "
        "than 1,700 people and affected 33 million across the country. The provincial government "
        "said aid was distributed without discrimination and promised to investigate. Minority "
        "rights groups said similar complaints were made after the floods of 2010.",
        "disaster",
    ),
    (
        "FIFA confirms Saudi Arabia as 2034 World Cup host despite rights warnings",
        "FIFA confirmed Saudi Arabia as host of the 2034 World Cup on Wednesday in a virtual "
        "congress that approved the bid by acclamation, brushing aside warnings from human rights "
        "groups about the treatment of migrant workers who will build the stadiums. Amnesty "
        "International said the decision showed FIFA had scored a spectacular own goal on its own "
        "human rights policy. The kingdom plans 11 new stadiums, including one on top of a "
        "skyscraper in the planned city of Neom, and a vast expansion of hotels and transport. "
        "Human Rights Watch said migrant workers in the country still faced wage theft and "
        "dangerous heat. Saudi officials say labour reforms have ended many of the abuses of the "
        "kafala system. The Norwegian football federation abstained in protest. The 2030 "
        "tournament was awarded to Spain, Portugal and Morocco at the same congress. FIFA "
        "president Gianni Infantino said the tournament would bring people together and would be "
        "a catalyst for social change. The bid was the only one submitted after the governing "
        "body gave candidates less than a month to declare interest. Players' union FIFPRO said "
        "FIFA must make sure that the rights of workers and fans were respected. The Saudi Public "
        "Investment Fund is also a major sponsor of FIFA events. Football supporters' groups in "
        "Europe said they would campaign for guarantees for LGBTQ fans travelling to the kingdom.",
        "sport",
    ),
    (
        "Afghan women's cricket team reunites in Melbourne three years after fleeing",
        "Members of Afghanistan's women's cricket team played their first match together in more "
        "than three years on Thursday, at Melbourne's Junction Oval, in a fixture arranged by "
        "Cricket Australia. Most of the players left Afghanistan after the Taliban returned to "
        "power in 2021 and banned women from sport, and now live in Australia on humanitarian "
        "visas. The Afghanistan Women XI lost to a Cricket Without Borders side by four wickets, "
        'but their captain said the result did not matter. "Today we are not just playing for '
        'ourselves, we are playing for the women who are not allowed to leave their homes," she '
        "said. The International Cricket Council has not recognised the team and continues to let "
        "Afghanistan's men play in its tournaments. Several national boards have refused to play "
        "bilateral series against Afghanistan's men in protest. The players trained for the match "
        "at a camp in Melbourne with coaches provided by Cricket Australia. Many had not held a "
        "bat since leaving Kabul.",
        "sport",
    ),
    (
        "Rights groups say Paris cleared migrants and homeless people ahead of Olympics",
        "French authorities moved about 12,500 homeless people, migrants and sex workers out of "
        "the Paris region in the year before the Olympics, a coalition of nearly 100 charities "
        "said on Monday in a report it described as social cleansing. The group, Le Revers de la "
        "Medaille, said people were bused from evacuated squats and camps to temporary shelters "
        "in other regions, where many were left without support after a few weeks. Police also "
        "cleared tents along the Seine near venues for the opening ceremony. The government says "
        "the transfers were part of a long-standing policy of relieving pressure on the capital's "
        "saturated emergency housing and had nothing to do with the Games. Organisers of the "
        "Olympics said they were not involved. The charities said they had offered to work with "
        "the government on a lasting plan but were ignored.",
        "sport",
    ),
    (
        "US customs blocks $3.6bn of goods under Uyghur forced labour law",
        "US Customs and Border Protection has detained more than 10,000 shipments worth about "
        "$3.6 billion under a law that presumes goods made in China's Xinjiang region are "
        "produced with forced labour, according to agency data released on Monday. Solar panels, "
        "electronics and car parts account for most of the blocked shipments. The Uyghur Forced "
        "Labor Prevention Act requires importers to prove that their supply chains do not use "
        "forced labour of Uyghurs and other Muslim minorities. The Department of Homeland "
        "Security added 37 companies to its entity list this year, including makers of aluminium "
        'and seafood. Beijing says the allegations of forced labour are "the lie of the '
        'century" and calls the law economic bullying. Rights groups said enforcement must now '
        "extend to goods that pass through third countries such as Vietnam and Malaysia. "
        "Importers have complained that the process of proving a clean supply chain is slow and "
        "expensive. Some solar developers in the United States say projects have been delayed for "
        "months. Customs officials say they have also started testing the isotopes in cotton to "
        "trace its origin. The European Union has adopted its own ban on products made with "
        "forced labour, which will take effect in 2027.",
        "economy",
    ),
    (
        "Amnesty: forced evictions for cobalt and copper mines in Kolwezi",
        "The expansion of industrial cobalt and copper mines around Kolwezi in the Democratic "
        "Republic of Congo has led to the forced eviction of thousands of people, many without "
        "compensation, Amnesty International said in a report on Tuesday. The group said "
        "residents of the Mukumbi settlement woke to find bulldozers demolishing their homes, and "
        "that some who resisted were threatened by mine security guards. Demand for cobalt, used "
        "in the batteries of electric cars and phones, has soared as the energy transition "
        "gathers pace, and Congo produces about 70% of the world's supply. The mining companies "
        "named in the report said they followed international standards on resettlement. The "
        "Congolese government said it would review the cases. Amnesty said car makers must check "
        "their supply chains for such abuses, not just for child labour.",
        "economy",
    ),
    (
        "Nobel Peace Prize for rights groups in Russia and Ukraine and jailed Belarusian",
        "The Nobel Peace Prize was awarded on Friday to jailed Belarusian activist Ales "
        "Bialiatski, the Russian human rights group Memorial and the Ukrainian organisation "
        "Center for Civil Liberties, which the Norwegian Nobel Committee said had made an "
        "outstanding effort to document abuses of power. Bialiatski, the founder of the Viasna "
        "centre, has been held without trial since last year. Memorial, which compiled records of "
        "the millions of victims of Soviet repression, was dissolved by a Russian court in "
        "December. The Center for Civil Liberties, led by lawyer Oleksandra Matviichuk, has been "
        "recording testimony of abuses against civilians in Ukraine. Matviichuk said the prize "
        "was recognition for people who had worked for years without attention. The Kremlin said "
        "it was not interested in the award. The prize will be presented in Oslo on December 10. "
        "The committee's chair said the prize was not directed against President Vladimir Putin "
        "but was intended to honour civil society. Memorial's co-founder said the award showed "
        "that its work continued despite the closure of its offices. Bialiatski's wife, Natalia "
        "Pinchuk, said she hoped the prize would help him endure. Belarusian authorities did not "
        "comment.",
        "other",
    ),
    (
        "Thailand's first same-sex couples marry as equality law takes effect",
        "Hundreds of same-sex couples registered their marriages across Thailand on Thursday as "
        "the country became the first in Southeast Asia to allow marriage equality. At a shopping "
        "mall in Bangkok, where a mass registration was organised with the city authorities, "
        "couples in matching suits and traditional silk exchanged rings under rainbow banners. "
        "The law gives same-sex spouses full legal, financial and medical rights, including "
        "inheritance and the right to adopt children. Activists said the campaign had taken more "
        'than two decades. "We fought a long battle, and today we can finally celebrate," said '
        "one campaigner who married her partner of 17 years. Officials said more than 1,400 "
        "couples had registered by the afternoon. Tourism authorities hope the change will "
        "attract more visitors. Parliament passed the bill with near-unanimous support last year "
        "after several failed attempts. Neighbouring countries including Vietnam and Cambodia do "
        "not recognise same-sex marriages.",
        "other",
    ),
]
