"""dev169 negatives (1 of 4): rallies, marches, vigils, sit-ins and hunger strikes of diaspora
communities with no violence reported, and commemorations of past wars and massacres
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thousands march in Toronto on third anniversary of Russia's full-scale invasion",
        "Thousands of people draped in blue and yellow flags marched from Nathan Phillips "
        "Square to the Russian consulate in Toronto on Saturday to mark three years since "
        "Russia's full-scale invasion of Ukraine. The march, organised by the Toronto branch "
        "of the Ukrainian Canadian Congress, was the largest in the city since the first "
        "weeks of the war, organisers said. Marchers carried portraits of soldiers who have "
        'been killed, and a group of children held a banner reading "Stand with Ukraine until '
        'victory". Toronto police said the march passed without incident, and part of '
        'University Avenue was closed to traffic for two hours. "Three years ago we thought '
        'it would be over in a few weeks," said Olena Bondar, who came to Canada in 2022 and '
        'now works as a dental hygienist in Etobicoke. "Now my son is seven and he remembers '
        "Kyiv only from photos.\" Speakers, including several MPs and the city's deputy mayor, "
        "called on Ottawa to keep up military aid and to use frozen Russian assets for "
        "Ukraine's reconstruction. Canada is home to about 1.3 million people of Ukrainian "
        "descent, one of the largest Ukrainian communities outside Europe. The rally ended "
        "with the national anthem and a minute of silence for the dead.",
        "protest",
    ),
    (
        "Sudanese diaspora march through London to demand action on 'forgotten war'",
        "Several thousand members of Britain's Sudanese community and their supporters "
        "marched through central London on Saturday, calling on the government to do more to "
        "end the war in Sudan, which this month entered its second year. The march set off "
        "from Marble Arch and ended with speeches opposite Downing Street, where protesters "
        "laid down loaves of bread to symbolise what they described as a looming famine. Many "
        "wore the colours of the 2019 revolution and chanted slogans from the sit-in that "
        'toppled Omar al-Bashir. "People here call it the forgotten war. For us it is not '
        'forgotten for one minute," said Reem Abdalla, a doctor from Leeds who travelled down '
        "with her children. Organisers said they wanted the UK, which leads on Sudan at the "
        "UN Security Council, to push for an arms embargo covering the whole country and for "
        "more funding for aid. A Foreign Office spokesperson said the UK had increased "
        "humanitarian aid to Sudan and was working with partners towards a ceasefire. The "
        "Metropolitan Police said the march was peaceful and that no arrests were made. "
        "Similar marches took place in Paris, Washington and Cairo.",
        "protest",
    ),
    (
        "British Tamils mark Sri Lanka's independence day as a 'black day' outside the High "
        "Commission",
        "Hundreds of British Tamils gathered outside the Sri Lankan High Commission in London "
        "on Monday for the annual protest marking Sri Lanka's independence day, which many in "
        'the diaspora call a "black day" for Tamils. Protesters waved red and yellow flags '
        "and held photographs of relatives who disappeared at the end of the armed conflict "
        "in 2009. Speakers called for an international investigation into war crimes and for "
        "the release of Tamil political prisoners held under Sri Lanka's Prevention of "
        "Terrorism Act. Inside the High Commission, diplomats held a flag-raising ceremony "
        "and a reception for invited guests. Metropolitan Police officers kept the protesters "
        "behind barriers across the road, and two men were arrested for a breach of the peace "
        "after shouting at guests arriving at the building. Both were later released without "
        'charge, police said. "My father went to the army camp in May 2009 and never came '
        'back. Independence for whom?" said Thuvaraga Sivakumar, a student from Harrow. The '
        "Tamil Guardian understands that the Tamil Youth Organisation plans further protests "
        "when the UN Human Rights Council meets in Geneva next month. The protest ended "
        "peacefully in the early afternoon.",
        "protest",
    ),
    (
        "Kurdish hunger strikers in Strasbourg enter 60th day outside Council of Europe",
        "STRASBOURG (Kurdistan24) – Fourteen Kurdish activists on hunger strike in Strasbourg "
        "entered their 60th day on Sunday, as doctors warned that several of them were at "
        "risk of lasting damage to their health. The hunger strikers, who are staying in a "
        "building of a Kurdish cultural association near the city centre, are demanding an "
        "end to the isolation of jailed PKK leader Abdullah Öcalan, who has not been allowed "
        "to see his lawyers for years. They drink water with sugar and salt and take vitamin "
        "B1, their doctors said. Around 200 supporters hold a daily sit-in in front of the "
        'Council of Europe, watched by a small number of police officers. "We are not asking '
        "for anything that is not in the law. We are asking for the rules of the Council of "
        'Europe to be applied," said one of the hunger strikers, a 55-year-old retired '
        "teacher from Germany. The Council's anti-torture committee visited İmralı prison "
        "island last year and said it would continue its dialogue with the Turkish "
        "authorities. Turkey considers the PKK a terrorist organisation, as do the EU and the "
        "United States. The hunger strike is part of a wider protest that began in Turkey, "
        "where hundreds of prisoners have refused food. Supporters said a march through the "
        "city was planned for Saturday.",
        "protest",
    ),
    (
        "Tens of thousands march for Gaza in Melbourne's CBD as police make three arrests",
        "Tens of thousands of people marched through Melbourne's CBD on Sunday in one of the "
        "city's largest pro-Palestinian rallies, calling for a permanent ceasefire in Gaza "
        "and an end to Australian defence exports to Israel. The rally began at the State "
        "Library and moved down Swanston Street to Flinders Street Station, bringing trams in "
        "the city centre to a halt for more than two hours. Victoria Police said the crowd "
        "was largely peaceful and that three people were arrested: one for lighting a flare, "
        "one for refusing to move on and one on an outstanding warrant. Organisers said more "
        "than 50,000 people took part, while police put the number closer to 20,000. Among "
        "the marchers were Palestinian-Australian families who have lost relatives in the "
        "war, holding up photographs of the dead. \"My aunt's family is all gone. I walk for "
        'them," said Amal Khoury, a Coburg teacher. Speakers criticised the federal '
        "government for what they called its weak response, and a Greens senator addressed "
        "the crowd from the back of a truck. Jewish community groups urged the Premier to "
        "restrict the weekly protests, saying they had made some people afraid to come into "
        "the CBD. The rally has been held every Sunday since October.",
        "protest",
    ),
    (
        "Afghan women rally on Parliament Hill against Taliban ban on university education",
        "Several hundred Afghan Canadians, most of them women, rallied on Parliament Hill on "
        "Saturday against the Taliban's decision to bar women from universities in "
        "Afghanistan. Many of the protesters had arrived in Canada in the last 18 months "
        "under the federal government's resettlement program for Afghans, and some said they "
        "had been university students themselves before the Taliban returned to power. They "
        'carried pens and notebooks and chanted "education is our right" in Dari, Pashto and '
        'English. "I was in my third year of law school in Herat. Now my sister cannot even '
        'finish high school," said Farishta Noori, who now lives in Gatineau. Speakers called '
        "on Canada to use its diplomatic influence to press the Taliban, and to speed up the "
        "processing of thousands of Afghans still waiting for resettlement. A government "
        "representative told the crowd that Canada had resettled more than 27,000 Afghans "
        "since August 2021. Ottawa police said the rally was peaceful. Similar rallies took "
        "place in Toronto, Vancouver and Edmonton over the weekend. The Taliban has said the "
        "ban is temporary and will be lifted once suitable conditions are in place, a promise "
        "it also made for girls' secondary schools.",
        "protest",
    ),
    (
        "Congolese Ottawans hold candlelight vigil for victims of eastern Congo's long crisis",
        "Members of Ottawa's Congolese community held a candlelight vigil outside the Human "
        "Rights Monument on Elgin Street on Friday evening, calling for more attention to the "
        "long-running conflict in the eastern Democratic Republic of Congo. About 150 people "
        'gathered in the cold, many holding signs with the words "Congo is bleeding" and '
        '"Stop the silence". Organisers read a list of massacres that have taken place in the '
        'east since the 1990s and observed a minute of silence. "Many Canadians use our '
        'minerals in their phones every day and they do not know where they come from," said '
        "Grâce Lukusa, a nursing student who helped organise the event. The vigil ended with "
        "Congolese hymns and a prayer led by a pastor from a francophone church in Vanier. "
        "Organisers said they would meet MPs next week to ask for Canadian support for "
        "humanitarian aid and for pressure on the parties to respect a ceasefire. Ottawa "
        "police did not report any incidents. Canada is home to an estimated 40,000 people of "
        "Congolese origin, most of them in Quebec and Ontario.",
        "protest",
    ),
    (
        "Thousands gather in London to mark ten years since the Mullivaikkal massacre",
        "Thousands of British Tamils gathered in central London on Saturday to mark ten years "
        "since the end of the armed conflict in Sri Lanka and the killing of tens of "
        "thousands of Tamil civilians at Mullivaikkal in May 2009. The commemoration began "
        "with a march from Hyde Park and ended with a remembrance event at which a flame was "
        "lit and names of the dead were read aloud. Many of those present had lost relatives "
        "in the final months of the war, when hundreds of thousands of people were trapped on "
        "a narrow strip of coastline under shelling by the Sri Lankan army. A UN panel of "
        "experts later found that tens of thousands of civilians may have been killed in the "
        'last months of the conflict, most of them by government shelling. "I was 12 when we '
        'reached Mullivaikkal. I remember the sound of the shells more than the faces," said '
        "Kajan, 22, now an accountancy student in Croydon. Children from Tamil schools sang "
        "songs of remembrance, and volunteers served rice porridge, the food that families "
        "survived on during the final weeks. Speakers called again for an international "
        "accountability mechanism, saying Sri Lanka had failed to prosecute anyone for crimes "
        "committed in 2009. Similar events were held in Toronto, Paris, Oslo and Sydney, and "
        "in the Northern Province of Sri Lanka, where the Tamil Guardian reported a heavy "
        "police presence at memorial sites.",
        "history",
    ),
    (
        "Tens of thousands march in Los Angeles on 110th anniversary of the Armenian Genocide",
        "Tens of thousands of people marched through Little Armenia and Hollywood on Thursday "
        "to mark the 110th anniversary of the Armenian Genocide, in what has become one of "
        "the largest annual gatherings of the Armenian diaspora anywhere. The march ended "
        "outside the Turkish consulate on Wilshire Boulevard, where speakers called on Turkey "
        "to recognise the killing of about 1.5 million Armenians by the Ottoman Empire from "
        "1915 as genocide. In Montebello, a smaller crowd laid flowers at the Armenian "
        "Genocide Martyrs Monument, and schools in Glendale and Burbank closed for the day. "
        "Many marchers carried photographs of grandparents and great-grandparents who "
        'survived the deportations into the Syrian desert. "My great-grandmother walked to '
        'Aleppo at eight years old. I walk for her," said Lori Kazarian, a Pasadena teacher. '
        "This year's commemoration also remembered the more than 100,000 Armenians who left "
        "Nagorno-Karabakh in 2023, several thousand of whom now live in Southern California. "
        "Turkey accepts that many Armenians died during World War I but rejects the term "
        "genocide. The Los Angeles Police Department said the march ended without incident. "
        "Los Angeles County is home to the largest Armenian community outside Armenia.",
        "history",
    ),
    (
        "Nashville's Kurdish community remembers Halabja 35 years after the gas attack",
        "NASHVILLE (Kurdistan24) – Members of the Kurdish community in Nashville, the largest "
        "in the United States, gathered at a community centre on Thursday evening to mark the "
        "35th anniversary of the chemical attack on Halabja. On March 16, 1988, Iraqi "
        "warplanes dropped mustard gas and nerve agents on the town in what is now the "
        "Kurdistan Region, killing an estimated 5,000 people within hours. Candles were lit "
        "for each year since the attack, and a survivor who was seven at the time described "
        'hiding in a cellar with her family. "I do not remember the planes. I remember the '
        'smell of apples, which is what people said the gas smelled like," she said. The '
        "attack was part of the Anfal campaign of Saddam Hussein's government, in which tens "
        "of thousands of Kurds were killed and thousands of villages destroyed, and which "
        "several parliaments have recognised as genocide. Speakers called on the US Congress "
        "to do the same. Nashville's Kurdish community, estimated at about 15,000 people, "
        "began with refugees who arrived in the 1970s and after the 1991 uprising. The "
        "evening ended with a short documentary made by Kurdish students at a local "
        "university.",
        "history",
    ),
    (
        "Chicago community marks 90th anniversary of the Holodomor with candle-lighting and "
        "exhibit",
        "CHICAGO – The Ukrainian community of Chicago marked the 90th anniversary of the "
        "Holodomor, the man-made famine of 1932-1933 that killed millions of Ukrainians, with "
        "a commemoration at the Ukrainian National Museum on November 25. Several hundred "
        "people attended the candle-lighting, a tradition in which Ukrainians place a candle "
        "in the window on the fourth Saturday of November in memory of the victims. Clergy of "
        "the Ukrainian Catholic and Orthodox churches served a joint memorial service, and a "
        "children's choir from a parish school sang. The museum opened an exhibit of "
        "photographs and documents from the famine, including letters sent by villagers to "
        "relatives in America in 1933 asking for help. The museum's director said many of the "
        "letters had been donated by families in the Chicago area who had kept them for "
        "decades. Speakers drew parallels with Russia's current war against Ukraine, pointing "
        "to the targeting of grain stores and ports. Illinois lawmakers recognised the "
        "Holodomor as genocide in a resolution adopted several years ago. The commemoration "
        "was organised by the Illinois division of the Ukrainian Congress Committee of "
        "America.",
        "history",
    ),
    (
        "St. Louis Bosnians mark 30 years since Srebrenica with names read near the Bevo Mill",
        "ST. LOUIS – Hundreds of Bosnian Americans gathered near the Bevo Mill on Friday "
        "evening to mark 30 years since the Srebrenica genocide, reading aloud names of the "
        "more than 8,000 Bosniak men and boys killed by Bosnian Serb forces in July 1995. St. "
        "Louis has the largest Bosnian community outside Europe, built by refugees who "
        "arrived in the 1990s, and many of those present had lost fathers, brothers or uncles "
        "at Srebrenica. A small wooden coffin draped in green cloth was placed in front of "
        "the stage, representing the victims identified this year and buried on the same day "
        "at the Potočari memorial in Bosnia. \"My father's bones were found in three different "
        'graves. We buried him in 2010," said Alma Hodžić, 41, a nurse at a hospital in south '
        "St. Louis. The commemoration included a reading of the UN General Assembly "
        "resolution adopted last year that established July 11 as an international day of "
        "remembrance. A local imam led prayers and a choir sang the Bosnian anthem. "
        "Organisers said they were worried that younger Bosnian Americans knew less and less "
        "about the war. The evening ended with a minute of silence.",
        "history",
    ),
    (
        "Syrians in Berlin mark ten years since the Ghouta sarin attack",
        "Several hundred Syrians gathered outside the Brandenburg Gate on Monday evening to "
        "mark ten years since the chemical weapons attack on Eastern Ghouta, near Damascus, "
        "in which rockets loaded with sarin killed more than 1,000 people in their sleep, "
        "according to opposition and rights groups. Participants laid out white cloths on the "
        "ground to recall the images of shrouded bodies, many of them children, that shocked "
        "the world in August 2013. Among them was Mohammed, 38, a former paramedic from "
        'Zamalka who now works as a nursing assistant in Neukölln. "We did not know what it '
        'was at first. People were foaming and shaking, and we were washing them with water," '
        "he said. A UN investigation later confirmed that sarin had been used, but no one has "
        "been held to account in an international court. Syrian rights groups in Germany have "
        "filed criminal complaints with the federal prosecutor, who can pursue crimes against "
        "humanity committed abroad. Speakers criticised moves by several Arab states to "
        "restore relations with the Assad government. The event was organised by Syrian civil "
        "society groups and supported by several German aid organisations.",
        "history",
    ),
]
