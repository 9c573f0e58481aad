"""Negatives of eval/dev30, peace (ceasefires, accords, peacekeeping): (title, text, kind code)."""

NEGATIVES = [
    (
        "Israel-Hezbollah ceasefire takes effect after cabinet approval",
        "BEIRUT — A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday "
        "under a deal brokered by the United States and France, after Israel's security cabinet "
        "approved the agreement late on Tuesday by ten votes to one. Under the terms published "
        "by the Lebanese government, Israeli forces are to withdraw gradually from southern "
        "Lebanon over 60 days, while the Lebanese army deploys thousands of soldiers south of "
        "the Litani river and Hezbollah removes its fighters and weapons from the area. A "
        "committee chaired by the United States and including France, the UN peacekeeping force "
        'and the two parties will monitor compliance. "This is a moment of hope," said the UN '
        "special coordinator for Lebanon. US President Joe Biden said in a statement from the "
        'White House Rose Garden that the agreement was "designed to be a permanent cessation of '
        "hostilities\". Israel's prime minister said Israel would retain full freedom of action "
        "if Hezbollah violated the deal. Lebanon's caretaker prime minister, Najib Mikati, "
        "welcomed the ceasefire and called on Israel to respect it fully. Lebanese army "
        "officials said recruitment of 1,500 additional soldiers would begin within days. "
        "Analysts in Beirut said the most difficult questions, including the future of "
        "Hezbollah's arsenal north of the Litani and the demarcation of the land border, had "
        "been left for later talks. The 14-month conflict, which escalated into full-scale war "
        "in September, killed more than 3,800 people in Lebanon according to the health "
        "ministry, and dozens in Israel. By Wednesday evening the morning had passed without "
        "incidents reported by either army, and France's foreign minister said the two countries "
        "would help fund the reconstruction of the south.",
        "peace",
    ),
    (
        "Colombia and FARC sign peace accord, ending half a century of war",
        "CARTAGENA, Colombia — Colombian President Juan Manuel Santos and the leader of the FARC "
        "guerrillas, Rodrigo Londoño, known as Timochenko, signed a peace agreement on Monday in "
        "the Caribbean city of Cartagena, formally ending a 52-year conflict that killed more "
        "than 220,000 people. The two men used a pen made from a bullet to sign the 297-page "
        "accord before 15 heads of state, the UN secretary-general and some 2,500 guests, most "
        'of them dressed in white. "I ask forgiveness for all the pain we may have caused in '
        'this war," Londoño said in a speech that drew applause. Santos said the agreement meant '
        "the start of a new Colombia. Under the deal, negotiated over four years in Havana, "
        "about 7,000 FARC fighters are to gather in 23 zones and hand over their weapons to UN "
        "monitors within six months, and the group is to become a political party guaranteed ten "
        "seats in Congress until 2026. A special tribunal will try crimes committed during the "
        "conflict, with reduced sentences for those who confess. The agreement must still be "
        'approved by voters in a referendum on October 2. Opinion polls show the "yes" side '
        "ahead, but former president Álvaro Uribe has campaigned against the deal, arguing it "
        "lets guerrilla commanders escape prison. Outside the ceremony, a few hundred opponents "
        "marched peacefully with banners. The conflict, which began in 1964 as a peasant "
        "uprising, has displaced more than 6 million Colombians. In the streets of Cartagena, "
        "thousands of people watched the ceremony on giant screens, some waving white "
        "handkerchiefs. In rural areas once controlled by the guerrillas, villagers gathered "
        'around television sets in community halls. "We have lived with this war our whole '
        'lives. Today we are allowed to hope," said a woman in a village in Meta department who '
        "lost two brothers in the conflict. The government has promised investment in roads, "
        "schools and land titles in areas that were most affected by the conflict, and a "
        "programme to help farmers replace coca crops with legal ones. The European Union "
        "announced that it was suspending the FARC from its list of terrorist organisations. A "
        "UN mission of unarmed observers from Latin American countries will monitor the "
        "disarmament process.",
        "peace",
    ),
    (
        "Ethiopia and Tigray leaders agree to cessation of hostilities in Pretoria",
        "PRETORIA — Ethiopia's federal government and the Tigray People's Liberation Front "
        "agreed on Wednesday to a permanent cessation of hostilities, the African Union said, "
        "after ten days of talks in South Africa aimed at ending two years of war in the "
        "country's north. Former Nigerian president Olusegun Obasanjo, the AU's lead mediator, "
        "said the two sides had agreed to systematic, orderly and coordinated disarmament, the "
        "restoration of law and order and of services, and unhindered access for humanitarian "
        'supplies. "This moment is not the end of the peace process, but the beginning of it," '
        "Obasanjo told reporters. Redwan Hussein, the Ethiopian government's representative, "
        "said the agreement recognised the country's constitutional order, while Getachew Reda, "
        "for the Tigrayan side, said his delegation had made painful concessions to end the "
        "suffering of its people. The text does not mention the role of Eritrean troops, who "
        "fought alongside federal forces during the war. Senior military commanders from both "
        "sides are to meet within days to work out the details of disarmament. UN "
        'Secretary-General António Guterres welcomed the deal as a "welcome first step". The '
        "war, which began in November 2020, has killed tens of thousands of people, though "
        "researchers say the true figure could be far higher, and left millions in need of food "
        "aid. Diplomats in Addis Ababa said the real test would be whether the agreement was "
        "implemented on the ground. In Mekelle, the Tigrayan capital, residents who were able to "
        "follow the news despite a communications blackout said they hoped the deal would bring "
        "back electricity, banking and telephone services, which had been cut for more than a "
        'year. "We want to see our relatives, to send money, to buy medicine. That is what peace '
        'means for us," said a teacher reached through a satellite connection. Aid agencies said '
        "they were ready to send food and medicine as soon as roads were opened and asked for "
        "guarantees of safe passage. The United States, which took part in the talks as an "
        "observer, said it would support implementation of the agreement. The deal includes a "
        "commitment to set up a transitional justice policy and to stop hostile propaganda.",
        "peace",
    ),
    (
        "Congo and Rwanda sign US-brokered peace agreement in Washington",
        "WASHINGTON — The foreign ministers of the Democratic Republic of Congo and Rwanda "
        "signed a peace agreement at the State Department on Friday, committing their countries "
        "to end support for armed groups in eastern Congo and to set up a joint security "
        "mechanism within 30 days. The deal, brokered by the United States with help from Qatar, "
        'calls for the "disengagement, disarmament and conditional integration" of non-state '
        "armed groups, and for Rwanda to lift what it calls defensive measures on Congolese "
        'territory. US Secretary of State Marco Rubio said it was "an important moment after 30 '
        "years of war\". Congo's foreign minister, Thérèse Kayikwamba Wagner, said the agreement "
        "had to be followed by respect for Congo's sovereignty, and asked for a moment of "
        "silence for the victims of the conflict. Her Rwandan counterpart, Olivier Nduhungirehe, "
        "said there was a lot of uncertainty about the deal because previous agreements had not "
        "been implemented. The agreement also sets out a framework for regional economic "
        "integration, with projects in mining, hydropower and infrastructure, which US officials "
        "said would bring Western investment to a region rich in tantalum, gold and cobalt. The "
        "M23 rebel group, which controls the cities of Goma and Bukavu, was not a party to the "
        "agreement and is holding separate talks with Kinshasa in Doha. President Donald Trump "
        "later received the two ministers in the Oval Office. Analysts in Kinshasa said the real "
        "test would come in the months ahead. The agreement follows a declaration of principles "
        "signed by the two countries in April, in which they committed to respect each other's "
        "sovereignty and to draft a peace deal. Under its terms, Congo commits to address the "
        "presence of the Democratic Forces for the Liberation of Rwanda, a Hutu armed group "
        "founded by people linked to the 1994 genocide, which Kigali regards as a threat. A "
        "joint oversight committee including representatives of the African Union, Qatar and the "
        "United States will monitor implementation. Diplomats said the economic side of the deal "
        "would be negotiated separately, and that US companies had already expressed interest in "
        "investing in Congolese mines. Civil society groups in Goma said they would judge the "
        "agreement by whether the people who fled their homes could return.",
        "peace",
    ),
    (
        "UN Security Council renews peacekeeping mission in South Sudan for another year",
        "NEW YORK — The UN Security Council voted on Friday to extend the mandate of its "
        "peacekeeping mission in South Sudan for another year, keeping the ceiling of about "
        "17,000 troops and 2,100 police and asking the mission to help prepare the country for "
        "its first elections. The resolution, drafted by the United States, was adopted by 13 "
        "votes, with Russia and China abstaining. The two countries said the text contained "
        "language on human rights and on the arms embargo that amounted to interference in South "
        "Sudan's internal affairs. The mission, known as UNMISS, was set up in 2011 when South "
        "Sudan became independent and has since been one of the UN's largest. Its bases "
        "sheltered tens of thousands of civilians during the civil war that broke out in 2013, "
        "and most of those protection sites have since been handed over to the government as "
        "displacement camps. The head of the mission, Nicholas Haysom, told the council last "
        "month that the country was running out of time to carry out the 2018 peace agreement, "
        "including the unification of rival armed forces and the drafting of a permanent "
        "constitution. South Sudan's ambassador said the government was committed to holding "
        "elections and thanked the peacekeepers for their service. Diplomats said negotiations "
        "over the text had focused on the mission's role in supporting the electoral process "
        "rather than on protection of civilians. The mission's annual budget is about $1.2 "
        "billion. Donor countries have expressed growing frustration with the slow pace of "
        "reforms. In Juba, a government spokesman welcomed the renewal and said the country was "
        "working to hold elections, which have been postponed several times, in December next "
        "year. Civil society groups said the mission played an important role in monitoring the "
        "human rights situation and urged the council to keep the focus on protecting civilians. "
        "The mission's troops come mainly from India, Rwanda, Nepal, Bangladesh, China and "
        "Ghana. The resolution also asks the secretary-general to report on options for adapting "
        "the mission to the changing situation in the country, including the return of refugees "
        "from neighbouring countries and the reduction of the mission's footprint in areas that "
        "have become stable.",
        "peace",
    ),
    (
        "PKK announces it will dissolve and end armed struggle against Turkey",
        "ISTANBUL — The Kurdistan Workers' Party, or PKK, said on Monday it had decided to "
        "dissolve itself and end its four-decade armed struggle against the Turkish state, "
        "following a call by its imprisoned founder Abdullah Öcalan. In a statement published by "
        "a news agency close to the group, the PKK said its congress, held last week in northern "
        'Iraq, had concluded that the organisation had "completed its historic mission" and that '
        "the Kurdish question could now be resolved through democratic politics. The statement "
        "said the practical steps of disarmament would be carried out under the leadership of "
        "Öcalan, who has been held on an island prison near Istanbul since 1999. A spokesman for "
        "President Recep Tayyip Erdogan's ruling party welcomed the decision as an important "
        'step towards a "terror-free Turkey" and said the state would closely monitor the '
        "handover of weapons. The pro-Kurdish DEM Party, which has acted as a go-between in the "
        "process, called on the government to make legal changes to allow fighters to return to "
        "civilian life. Markets rose on the news, with the Istanbul stock exchange gaining 2 "
        "percent. The PKK took up arms in 1984 with the aim of creating a Kurdish state, later "
        "moderating its demands to autonomy and rights for Kurds, who make up about a fifth of "
        "Turkey's population. The conflict has killed more than 40,000 people. Analysts said "
        "questions remained over the fate of the group's commanders and of allied Kurdish forces "
        "in Syria.",
        "peace",
    ),
]
