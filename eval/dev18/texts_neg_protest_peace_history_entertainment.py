"""dev18 texts: negatives: peaceful protests; negatives: peace; negatives: history; negatives: entertainment.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: peaceful protests
    (
        "Farmers block Paris ring road with tractors",
        "Hundreds of farmers drove their tractors onto motorways around Paris on Monday, blocking traffic into the capital to protest against low prices and environmental rules. Police watched as the farmers set up camp. The government promised new measures.",
        "protest",
    ),
    (
        "Last Generation activists block Berlin rush hour",
        "Climate activists glued their hands to a busy road in Berlin during the morning rush hour, causing traffic jams, police said. Officers removed them with solvent and detained nine people. The group said it would continue its campaign.",
        "protest",
    ),
    (
        "Hundreds of thousands march in Tel Aviv for hostage deal",
        "Hundreds of thousands of Israelis marched through Tel Aviv on Saturday night to call for a deal to bring home hostages held in Gaza. Protesters carried pictures of the hostages and banged drums. The protest ended peacefully. Organisers said it was the largest demonstration since the start of the war. Some families of hostages addressed the crowd from a stage. The prime minister's office said negotiations were continuing.",
        "protest",
    ),
    (
        "Women in Poland march against abortion ruling",
        "Tens of thousands of people marched through Warsaw and other Polish cities against a court ruling that almost entirely banned abortion, in the largest protests in decades. Organisers called a nationwide strike for Wednesday. Police reported no incidents.",
        "protest",
    ),
    (
        "Teachers in Nigeria strike over unpaid salaries",
        "Teachers in public schools across several Nigerian states went on strike on Monday, saying they had not been paid for three months. Schools were closed and pupils stayed at home. The union said it would continue until the arrears were paid.",
        "protest",
    ),
    (
        "Human chain across Hong Kong marks Baltic Way anniversary",
        "Tens of thousands of people formed a human chain across Hong Kong, holding hands along streets and over Lion Rock, in a peaceful protest inspired by the Baltic Way of 1989. Participants sang and held up their phone lights.",
        "protest",
    ),
    (
        "Students walk from Belgrade to Novi Sad for canopy rally",
        "Thousands of students walked for two days from Belgrade to Novi Sad to join a rally marking three months since a railway station canopy collapsed, killing 15 people. Residents along the route gave them food and water. The rally ended peacefully.",
        "protest",
    ),
    (
        "Activist on hunger strike outside Downing Street",
        "A British-Egyptian activist's mother has been on hunger strike outside Downing Street for 60 days, calling on the government to secure her son's release from prison in Egypt. Supporters held a vigil on Sunday.",
        "protest",
    ),
    (
        "Taxi drivers block Nairobi roads over ride-hailing fees",
        "Taxi drivers parked their cars across roads in central Nairobi to protest against the commission taken by ride-hailing apps, causing traffic jams. Police directed traffic and said no one was arrested. The drivers' association said it would meet the companies next week.",
        "protest",
    ),
    # ---------------------------------------------------------------- negatives: peace
    (
        "Colombia and FARC sign revised peace agreement",
        "Colombia's government and the FARC rebels signed a revised peace agreement in Bogotá on Thursday, after voters rejected the first version in a referendum. The rebels will hand over their weapons to the UN within six months. Congress is expected to approve the deal next week.",
        "peace",
    ),
    (
        "Russia and Ukraine swap hundreds of prisoners",
        "Russia and Ukraine exchanged 390 prisoners each on Friday in the first stage of a swap agreed at talks in Istanbul, officials from both countries said. Freed Ukrainian soldiers wrapped in flags were met by relatives at the border with Belarus.",
        "peace",
    ),
    (
        "Ethiopia and Tigray leaders agree to end hostilities",
        "Ethiopia's government and Tigrayan leaders agreed in Pretoria to a permanent cessation of hostilities, the African Union said. The deal includes the disarmament of Tigrayan forces and the restoration of services to the region. Both sides thanked the mediators. The agreement was signed after ten days of talks. Aid agencies said they hoped to resume deliveries soon. The UN secretary-general called the deal a welcome first step.",
        "peace",
    ),
    (
        "Security Council renews UN mission in South Sudan",
        "The UN Security Council voted to renew the mandate of its peacekeeping mission in South Sudan for another year, keeping the troop ceiling at 17,000. The council also called on parties to prepare for elections.",
        "peace",
    ),
    (
        "Truce begins in Gaza after three-hour delay",
        "A ceasefire between Israel and Hamas took effect on Sunday morning after a delay of several hours, and the first three hostages are to be released later in the day in exchange for Palestinian prisoners. Displaced families in southern Gaza began packing their belongings to return north.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace deal at White House",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House, committing to end decades of conflict and to reopen transport links. The deal still needs to be signed and ratified.",
        "peace",
    ),
    (
        "Congo and Rwanda foreign ministers sign Washington accord",
        "Foreign ministers of Congo and Rwanda signed a peace agreement in Washington, committing to stop supporting armed groups on each other's territory. The deal sets up a joint security mechanism within 30 days. Observers said it did not include the M23 rebels, who are in separate talks in Qatar.",
        "peace",
    ),
    (
        "Philippine government and MILF mark transition to Bangsamoro",
        "The Philippine government and the Moro Islamic Liberation Front marked the launch of the Bangsamoro autonomous region in Cotabato, a milestone of their 2014 peace agreement. Former rebels will continue to hand in their weapons in stages.",
        "peace",
    ),
    (
        "Yemen truce extended for two months, UN envoy says",
        "Yemen's warring parties agreed to extend a nationwide truce by two more months, the UN envoy said on Tuesday. The truce has allowed fuel ships into Hodeidah and commercial flights from Sanaa. The envoy urged both sides to reopen roads around Taiz.",
        "peace",
    ),
    # ---------------------------------------------------------------- negatives: history
    (
        "Leaders mark 80 years since D-Day in Normandy",
        "World leaders and veterans gathered on the beaches of Normandy to mark 80 years since the D-Day landings. The last surviving veterans, most of them aged over 98, were applauded at a ceremony at Omaha Beach.",
        "history",
    ),
    (
        "WWII bomb defused in Cologne; thousands evacuated",
        "Bomb disposal experts defused a 1,000-kg American bomb from the Second World War found during construction work in Cologne, after about 20,000 residents were evacuated from the area. The evacuation was lifted in the afternoon.",
        "history",
    ),
    (
        "Kwibuka 30: Rwanda begins week of mourning",
        "Rwandans began a week of mourning to mark 30 years since the genocide in which about 800,000 people, mostly Tutsis, were killed. The president lit a flame at the Kigali memorial, where over 250,000 victims are buried.",
        "history",
    ),
    (
        "Vukovar remembrance march draws tens of thousands",
        "Tens of thousands of people walked through Vukovar on Saturday to remember the fall of the town to Yugoslav army and Serb paramilitary forces in 1991, after a three-month siege. Marchers carried candles and Croatian flags from the town hospital to the memorial cemetery. Relatives of the missing said about 300 people from the town were still unaccounted for.",
        "history",
    ),
    (
        "Nagasaki bell rings at 11:02 as city remembers 1945 bombing",
        "A bell rang out across Nagasaki at 11:02 a.m. on Friday, the moment an American plutonium bomb exploded over the city in 1945, as survivors and officials bowed their heads in the Peace Park. The mayor warned that the risk of nuclear weapons being used was higher than at any time since the Cold War. Survivors, whose average age is now over 85, called on young people to carry on their work.",
        "history",
    ),
    (
        "Vietnam War museum reopens in Ho Chi Minh City",
        "The War Remnants Museum in Ho Chi Minh City reopened after renovation, with new galleries on the effects of Agent Orange. The museum receives over half a million visitors a year, many of them foreign tourists.",
        "history",
    ),
    (
        "Former Chadian dictator's trial opens in Senegal",
        "Hissène Habré, the former president of Chad, went on trial in Dakar on charges of crimes against humanity committed during his rule in the 1980s. Victims travelled from Chad to attend. Habré refused to recognise the court.",
        "history",
    ),
    (
        "Remains of Korean War soldiers returned to US",
        "The remains of 55 soldiers believed to have been killed in the Korean War were flown from North Korea to a US base in South Korea, in a ceremony attended by US and South Korean officials. Experts will try to identify them in Hawaii.",
        "history",
    ),
    (
        "Historians publish new study of the Biafra war",
        "A new history of the Nigerian civil war, based on archives in Lagos and London, estimates that more than a million people died, most of them of hunger during the blockade of Biafra. The authors interviewed over 200 survivors.",
        "history",
    ),
    # ---------------------------------------------------------------- negatives: entertainment
    (
        "Oppenheimer wins best picture at Oscars",
        "Christopher Nolan's Oppenheimer, about the scientist who led the development of the atomic bomb, won seven Oscars including best picture and best director. Cillian Murphy won best actor. Robert Downey Jr won best supporting actor. The film has taken nearly $1 billion at the box office. Barbie, its rival at the box office last summer, won one award.",
        "entertainment",
    ),
    (
        "Documentary on Ukrainian ceramic artists wins at Sundance",
        "'Porcelain War', a documentary about three Ukrainian artists who keep making porcelain figurines while serving as volunteers, won the grand jury prize for documentaries at the Sundance Film Festival. Much of it was filmed by the artists themselves in and around Kharkiv. The directors said they hoped the film would show a side of the war rarely seen abroad.",
        "entertainment",
    ),
    (
        "Call of Duty returns to Gulf War setting",
        "The latest Call of Duty game is set during the Gulf War of the early 1990s, its publisher said, with players taking part in missions in Iraq and Kuwait. The game will be released in October.",
        "entertainment",
    ),
    (
        "Novel about Sudanese war wins Booker shortlist place",
        "A novel about a family caught up in Sudan's civil war was named on the Booker Prize shortlist. The author, who left Khartoum as a child, said she wrote the book to give voice to people who are rarely heard.",
        "entertainment",
    ),
    (
        "'All Quiet on the Western Front' wins BAFTA",
        "The German film 'All Quiet on the Western Front', based on the First World War novel, won seven BAFTA awards, including best film. The film follows a young soldier in the trenches.",
        "entertainment",
    ),
    (
        "Don McCullin retrospective opens at Tate Britain",
        "An exhibition of photographs by Don McCullin, who covered wars from Vietnam to Lebanon, opened at Tate Britain. The show also includes his landscapes of Somerset.",
        "entertainment",
    ),
    (
        "Netflix series about Colombian drug lord tops charts",
        "Netflix's new series about a Colombian drug trafficker became the most-watched show on the platform in its first week. The series was filmed in Medellín and Bogotá.",
        "entertainment",
    ),
    (
        "Memoir of Afghan interpreter becomes bestseller",
        "A memoir by an Afghan interpreter who worked with British troops and later settled in Britain has become a bestseller. He describes the years of the war and his family's escape after the fall of Kabul.",
        "entertainment",
    ),
]
