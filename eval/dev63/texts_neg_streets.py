"""Negatives of eval/dev63: peaceful protests, counter-protests, vigils, online threats and hate
speech with no violence (README.md)."""

NEGATIVES = [
    (
        "Thousands of counter-protesters line streets as feared riots fail to materialise",
        (
            "Thousands of anti-racism demonstrators gathered outside immigration advice centres "
            "and asylum offices in towns and cities across England on Wednesday evening, after "
            "lists of targets circulated online. The far-right gatherings that had been feared "
            "largely did not happen, and police said the evening passed off peacefully, with a "
            'handful of arrests. In Walthamstow, crowds cheered and held signs reading "refugees '
            'welcome" before going home.'
        ),
        "protest",
    ),
    (
        "Hundreds of thousands march against far right across Germany",
        (
            "More than 300,000 people took part in demonstrations against the far right in "
            "Munich, Hamburg, Berlin and dozens of other German cities on Sunday, after a report "
            "revealed that members of the Alternative for Germany had attended a meeting on the "
            "mass deportation of migrants. In Munich, organisers cut short the rally because the "
            "crowd became too large. Police reported no incidents."
        ),
        "protest",
    ),
    (
        "Farmers block Berlin with tractors in protest at subsidy cuts",
        (
            "Thousands of farmers drove tractors into central Berlin on Monday and parked them in "
            "rows around the Brandenburg Gate, at the end of a week of protests against plans to "
            "cut diesel subsidies for agriculture. Farmers' leaders addressed the crowd and booed "
            "the finance minister. Motorway slip roads were blocked in several states, but police "
            "said the protests were peaceful."
        ),
        "protest",
    ),
    (
        "Trucker convoy paralyses downtown Ottawa for third week",
        (
            "Hundreds of trucks remained parked on the streets around Parliament Hill in Ottawa "
            "on Saturday, as the protest against vaccine mandates entered its third week. "
            "Residents complained of constant horns and diesel fumes, and many shops in the "
            "centre have closed. Protesters also blocked the Ambassador Bridge border crossing "
            "with Detroit for six days, disrupting car factories on both sides of the border, "
            "until police cleared it on Sunday. The prime minister invoked the Emergencies Act "
            "for the first time, giving police powers to tow vehicles and freeze protesters' bank "
            "accounts. Police said the protest remained largely peaceful, although several people "
            "had been arrested for mischief."
        ),
        "protest",
    ),
    (
        "Millions join No Kings rallies across United States",
        (
            'Organisers said more than five million people took part in about 2,100 "No Kings" '
            "rallies across the United States on Saturday, held on the day of a military parade "
            "in Washington. Crowds marched peacefully in Philadelphia, New York and Los Angeles "
            "with banners defending democracy. Police in several cities said there had been no "
            "arrests."
        ),
        "protest",
    ),
    (
        "A million candles in Seoul as protesters demand president's resignation",
        (
            "Hundreds of thousands of people filled Gwanghwamun Square and the streets leading to "
            "the presidential Blue House in Seoul on Saturday evening, holding candles and "
            "calling for the president to resign over an influence-peddling scandal. It was the "
            "fifth weekly rally. Organisers estimated the crowd at 1.5 million; police put it at "
            "270,000. The protest ended peacefully around midnight, and volunteers collected "
            "rubbish."
        ),
        "protest",
    ),
    (
        "Protesters camp in snow outside residence of impeached South Korean president",
        (
            "Thousands of people braved heavy snow outside the residence of South Korea's "
            "impeached president in Seoul on Sunday, calling for his arrest, while his supporters "
            "held a rival rally nearby. Some protesters wrapped themselves in foil blankets to "
            "spend the night. Police kept the two groups apart with buses and said there were no "
            "clashes."
        ),
        "protest",
    ),
    (
        "Tens of thousands rally outside Japan's parliament against security bills",
        (
            "Tens of thousands of people rallied outside the National Diet in Tokyo on Sunday "
            "against bills that would allow Japanese troops to fight abroad for the first time "
            "since the Second World War. Students from the group SEALDs led chants through the "
            "evening. Police said there were no arrests."
        ),
        "protest",
    ),
    (
        "Invasion Day marches draw thousands in Australian cities",
        (
            "Thousands of people marched through Sydney, Melbourne and Brisbane on Friday on what "
            "many Indigenous Australians call Invasion Day, calling for the national day to be "
            "moved from 26 January. Police said the marches were peaceful and there were no "
            "arrests in Sydney."
        ),
        "protest",
    ),
    (
        "Pro-Palestinian march in London passes off largely peacefully",
        (
            "Police estimated that about 100,000 people marched from Hyde Park to the US embassy "
            "in London on Saturday to call for a ceasefire in Gaza. Officers made nine arrests, "
            "most of them for placards or chants suspected of supporting a banned group. The "
            "Metropolitan Police said the march had passed off largely peacefully."
        ),
        "protest",
    ),
    (
        "Climate activists throw soup at Van Gogh's Sunflowers",
        (
            "Two climate activists threw tomato soup over Van Gogh's Sunflowers at the National "
            "Gallery in London on Friday and glued their hands to the wall below it. The "
            "painting, which is behind glass, was undamaged, the gallery said. The two women, who "
            "belong to Just Stop Oil, were arrested for criminal damage."
        ),
        "protest",
    ),
    (
        "Activists glue themselves to roads at Berlin airport and city junctions",
        (
            "Members of the Last Generation group glued their hands to the asphalt at more than "
            "20 junctions in Berlin on Monday and briefly disrupted traffic at the city's "
            "airport, demanding a speed limit on motorways. Police freed them with cooking oil "
            "and detained 44 people. The mayor criticised the action, but no injuries were "
            "reported."
        ),
        "protest",
    ),
    (
        "Over a million march in France against pension reform",
        (
            "More than 1.1 million people marched in towns and cities across France on Thursday "
            "against the government's plan to raise the retirement age to 64, the interior "
            "ministry said, one of the largest mobilisations in decades. Trains and the Paris "
            "metro were badly disrupted, and many schools were closed by a teachers' strike. "
            "Marches were peaceful almost everywhere."
        ),
        "protest",
    ),
    (
        "Hundreds hold candlelit vigil in Southport for stabbing victims",
        (
            "Hundreds of people gathered at a candlelit vigil outside Southport's Atkinson arts "
            "centre on Tuesday evening to remember the three girls killed in a knife attack at a "
            "dance class the previous day. The town's member of parliament and local clergy "
            "spoke, and the crowd stood in silence. Parents held their children tightly as the "
            "names of the victims were read out."
        ),
        "protest",
    ),
    (
        "Man jailed for sending emails threatening to kill MP",
        (
            "A 54-year-old man was jailed for 18 months on Friday after sending a series of "
            "emails to a Labour MP threatening to kill her and burn down her constituency office. "
            "The court heard that he had never travelled to her constituency and had no weapons. "
            'The MP said in a statement that threats against politicians had become "part of the '
            'job" and that she had moved her surgeries online.'
        ),
        "crime",
    ),
    (
        "Councillors report rising online abuse, survey finds",
        (
            "Nearly three quarters of local councillors in England and Wales have been abused or "
            "intimidated online in the past year, according to a survey by the Local Government "
            "Association published on Tuesday. Several said they had considered not standing "
            "again. The association called on social media companies to take down threats faster."
        ),
        "politics",
    ),
    (
        "German police search homes in nationwide action against online hate",
        (
            "Police searched more than 50 homes across Germany on Wednesday in the tenth annual "
            "action day against hate posts online, the federal criminal police office said. Most "
            "of the suspects are accused of posting right-wing extremist content, insults against "
            "politicians or incitement to hatred. Officers seized phones and computers, and no "
            "arrests were made."
        ),
        "crime",
    ),
    (
        "Hoax bomb threats close dozens of schools in the Netherlands",
        (
            "Dozens of schools in the Netherlands were evacuated or closed on Monday after "
            "receiving emailed bomb threats, none of which turned out to be real. Police said "
            "they believed one sender was behind all the emails, which resembled threats sent to "
            "schools in Belgium the week before."
        ),
        "crime",
    ),
    (
        "Swastikas daubed on synagogue wall in Strasbourg suburb",
        (
            "Swastikas and antisemitic slogans were painted on the wall of a synagogue and on "
            "about a dozen cars in a suburb of Strasbourg overnight, the prefecture said on "
            "Sunday. Police are examining footage from surveillance cameras."
        ),
        "crime",
    ),
    (
        "Man burns Koran outside Stockholm mosque at police-approved protest",
        (
            "A man burned pages of the Koran outside Stockholm's central mosque on Wednesday, the "
            "first day of Eid al-Adha, at a protest for which police had given permission under "
            "free speech laws. About 200 people watched, and police briefly detained a man who "
            "shouted at the organiser. Turkey and Morocco condemned the burning, and the Swedish "
            "government said it was Islamophobic but legal."
        ),
        "protest",
    ),
    (
        "Climate activists occupy forest near Tesla factory",
        (
            "About 100 climate activists set up tree houses in a pine forest next to Tesla's "
            "factory in Grünheide, near Berlin, on Thursday to protest against plans to clear "
            "part of the forest to expand the plant. Police said the camp was registered as a "
            "protest and would be allowed to stay until mid-March. A spokeswoman for the group "
            "said the protest would remain peaceful."
        ),
        "protest",
    ),
]
