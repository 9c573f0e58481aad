"""dev131 hard negatives (1 of 4): the military without violence, history, peace.

Whole articles with war words and no current violent event of their own (eval/README.md, section 1).
"""

# (title, text, kind code)
NEGATIVES = [
    (
        "Government approves 2026 budget with record defence spending of 4.8% of GDP",
        "Poland's government has approved a draft budget for 2026 that would raise defence "
        "spending to more than 200 billion zloty, or 4.8% of GDP, the highest share of any NATO "
        "member, Finance Minister Andrzej Domański announced after Thursday's cabinet meeting. "
        "About a quarter of the total will come from the Armed Forces Support Fund, which is "
        "financed by bonds issued by the state development bank BGK and does not appear in the "
        "budget deficit as calculated under Polish rules. 'Security has no price, but it does have "
        "a bill, and we are paying it so that our children never have to pay a much higher one,' "
        "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz told reporters. The "
        "money will go on the next batches of K2 tanks and K9 howitzers from South Korea, Apache "
        "helicopters and Patriot batteries from the United States, and on a rapid expansion of "
        "artillery ammunition production at state-owned plants in Stalowa Wola and Skarżysko-"
        "Kamienna. The opposition Law and Justice party, which began the army's expansion when it "
        "was in power, accused the government of delaying contracts, while economists warned that "
        "the deficit would remain above 6% of GDP for a third year. "
        "Domański said the government expected the economy to grow by 3.5% next year, driven "
        "by consumption and EU recovery funds, and that inflation would fall back towards the "
        "central bank's target. Much of the new equipment will be bought on credit from South "
        "Korean and American lenders, and the ministry is also counting on loans of up to 45 "
        "billion euros from the EU's new SAFE defence instrument, which Warsaw helped to "
        "design. 'We are building the strongest land army in Europe, but we also want the "
        "money to stay in Polish factories and create Polish jobs,' Kosiniak-Kamysz said, "
        "pointing to contracts for Piorun portable air defence systems and Borsuk infantry "
        "fighting vehicles made by domestic companies. Local officials in towns near military "
        "bases say the expansion has brought new residents but has also pushed up rents, as "
        "thousands of professional soldiers and their families look for housing. "
        "The armed forces have grown to "
        "more than 200,000 soldiers, including members of the Territorial Defence Forces, and the "
        "ministry wants to reach 300,000 by the end of the decade. The budget will now go to the "
        "Sejm.",
        "military",
    ),
    (
        "Rheinmetall breaks ground on 155mm ammunition plant in Baisogala",
        "German defence group Rheinmetall on Thursday broke ground on a plant in Baisogala, in "
        "Radviliškis district, that is expected to produce tens of thousands of 155mm artillery "
        "shells a year for the Lithuanian army and its allies from the middle of 2026. The "
        "government and Rheinmetall will invest about 180 million euros in the project, with "
        "Lithuania holding a stake in the joint venture and committing to buy part of the output "
        "for its own stocks. 'Every shell produced here is a shell that deters, and deterrence is "
        "the cheapest war we will ever fight,' Economy and Innovation Minister Aušrinė Armonaitė "
        "said at the ceremony, which was also attended by German diplomats and officers of the "
        "Bundeswehr brigade that is being stationed in the country. Some residents of Baisogala, a "
        "small town best known for its animal science institute, have raised concerns about "
        "safety, heavy traffic and the noise from a test range, and the municipality has promised "
        "public meetings before construction begins in earnest. Rheinmetall said the plant would "
        "create about 150 jobs and that it would train local workers in cooperation with the "
        "vocational school in Šiauliai. Lithuania plans to spend more than 5% of GDP on defence "
        "from next year, one of the highest levels in the alliance. The site was chosen from "
        "several candidates partly because of its rail connection and its distance from the "
        "border with Belarus.",
        "military",
    ),
    (
        "Three Russian MiG-31s violate Estonian airspace for 12 minutes over Vaindloo",
        "Three Russian MiG-31 fighter jets entered Estonian airspace near the island of Vaindloo in "
        "the Gulf of Finland on Friday morning and stayed there for a total of 12 minutes, the "
        "Estonian Defence Forces said, describing the violation as unprecedented in its duration "
        "and brazenness. The aircraft had no flight plans, their transponders were switched off "
        "and they did not communicate with Estonian air traffic control, the military said. "
        "Italian F-35s stationed at Ämari air base under NATO's air policing mission were "
        "scrambled and escorted the jets out of Estonian airspace, and no shots were fired. "
        "'Russia has already violated Estonian airspace four times this year, which is "
        "unacceptable in itself, but today's violation, in which three fighter jets entered our "
        "airspace, is unprecedentedly brazen,' Foreign Minister Margus Tsahkna said. The "
        "government requested consultations under Article 4 of the NATO treaty, and the Russian "
        "chargé d'affaires was summoned to the ministry and handed a protest note. Russia's "
        "defence ministry denied that its aircraft had entered Estonian airspace and said the "
        "flight to Kaliningrad had been carried out in strict accordance with international rules. "
        "Vaindloo, a rocky islet with a lighthouse and a border guard station, lies about 25 "
        "kilometres off the northern coast of Estonia.",
        "military",
    ),
    (
        "Sirens to sound across Moldova on Wednesday as emergency service tests warning system",
        "The General Inspectorate for Emergency Situations will test the national public warning "
        "system on Wednesday at noon, when sirens will sound for three minutes in Chișinău, Bălți "
        "and all district centres, and mobile phones will receive a test message through the "
        "Alert system, the inspectorate said. Residents are asked not to panic and not to call the "
        "112 emergency number during the test, which is part of a programme to replace equipment "
        "that dates largely from the Soviet era. Of the roughly 280 electric sirens installed "
        "across the country, more than a third did not work when they were last checked, "
        "inspectorate officials said at a press conference on Monday. The new sirens, which can "
        "also broadcast voice messages, are being paid for with support from the European Union "
        "and will be installed first in districts along the border with Ukraine. 'Since the war "
        "started next door, people have understood that these are not just old loudspeakers on "
        "the roof of the town hall,' the head of the inspectorate said. Chișinău City Hall has "
        "also published an updated list of basements and underground passages that can serve as "
        "shelters, although it admitted that many of them need repairs. The inspectorate plans a "
        "civil protection exercise in schools in the autumn.",
        "military",
    ),
    (
        "Saeima votes to quit anti-personnel mine treaty as Baltic states build 'defence line'",
        "Latvia's parliament voted on Thursday to withdraw from the Ottawa Convention banning "
        "anti-personnel mines, following Lithuania and Estonia, in a move the government said was "
        "necessary to defend the country's eastern border with Russia and Belarus. The withdrawal "
        "will take effect six months after the United Nations is notified. 'We are not planning "
        "to lay mines today or tomorrow, but we cannot tie our hands if we ever have to defend our "
        "land against an aggressor who does not respect any treaty,' Defence Minister Andris "
        "Sprūds told lawmakers. The National Armed Forces are building anti-tank ditches, "
        "dragon's teeth and bunkers along the border as part of the Baltic Defence Line, and the "
        "ministry has said it wants the capacity to produce and stockpile mines within the "
        "country. Human rights organisations and the Red Cross criticised the decision, warning "
        "that mines kill civilians long after wars end. Parliament also approved changes that "
        "will gradually raise the number of conscripts called up for State Defence Service to "
        "around 4,000 a year by 2028, up from about 1,000 when conscription was reinstated. A "
        "poll published by the public broadcaster last month found that a majority of Latvians "
        "supported leaving the treaty.",
        "military",
    ),
    (
        "Remains of Polish victims of 1945 massacre exhumed in Puźniki",
        "Polish and Ukrainian archaeologists have uncovered the remains of at least 42 people in a "
        "mass grave in Puźniki, a former Polish village in Ukraine's Ternopil oblast where members "
        "of the Ukrainian Insurgent Army murdered around 60 inhabitants in February 1945, Poland's "
        "Institute of National Remembrance said on Thursday. The exhumation is the first to be "
        "carried out since Kyiv lifted a moratorium on searches for Polish victims, which had "
        "strained relations between the two countries for years. Many of the skeletons bore marks "
        "of blows from axes and other sharp tools, and among them were the remains of children, "
        "the researchers said. 'My grandmother survived because she hid in the rye, and she "
        "talked about that night until the day she died,' said Zofia Hoszowska, who travelled "
        "from Wrocław to watch the work. Poland regards the massacres of Poles in Volhynia and "
        "Eastern Galicia in 1943-1945, in which around 100,000 people died, as genocide, a "
        "description Ukrainian historians dispute. The remains are to be reburied at a new "
        "cemetery in the village in a ceremony planned for the spring, attended by both "
        "governments. The institute said it had received applications for several further "
        "exhumations in western Ukraine.",
        "history",
    ),
    (
        "Kwibuka31: Kagame urges youth to guard against genocide ideology as commemoration opens",
        "President Paul Kagame on Monday lit the flame of remembrance at the Kigali Genocide "
        "Memorial in Gisozi, where more than 250,000 victims are laid to rest, opening the 31st "
        "commemoration of the 1994 Genocide against the Tutsi and a national mourning week. More "
        "than one million people were killed in 100 days between April and July 1994, many of "
        "them by neighbours, in churches and schools where they had sought refuge. 'What happened "
        "here was not an accident of history, it was planned, and the ideology behind it has not "
        "disappeared, which is why our young people must know it and reject it,' Kagame told "
        "survivors, diplomats and thousands of young people at BK Arena after the Walk to "
        "Remember. A survivor, Chantal Mukamana, who was 12 when her parents were killed at a "
        "parish in Nyamata, gave a testimony of how she hid in a swamp for weeks. "
        "'Every April I return to the place where my family was taken, and every April I find "
        "young people there who want to know, which gives me the strength to keep speaking,' "
        "she said. Diplomats from more than 40 countries attended, and the chairperson of the "
        "African Union Commission laid a wreath on behalf of the continent. The Minister of "
        "National Unity and Civic Engagement, Jean-Damascène Bizimana, said cases of genocide "
        "ideology had fallen over the past decade but warned that denial was spreading on "
        "social media, often from abroad. In Nyamata and Ntarama, where churches in which "
        "thousands were killed have been turned into memorials, residents held night vigils. "
        "The ministry said commemoration events would be held in every "
        "village during the week, and that remains found in recent months in Huye and Ngoma "
        "districts would be given a dignified burial. Flags will fly at half mast, and music and "
        "sports events are suspended until the end of the week.",
        "history",
    ),
    (
        "Egypt marks 50 years since October War crossing with air show over Suez Canal",
        "Fighter jets and helicopters flew over the Suez Canal at Ismailia on Thursday as Egypt "
        "celebrated the 50th anniversary of the 6 October 1973 crossing, when its army breached "
        "the Bar Lev Line on the east bank of the canal at the start of the war with Israel. "
        "President Abdel Fattah El-Sisi attended the ceremony with veterans of the war, some of "
        "them in wheelchairs, and laid a wreath at the Unknown Soldier Memorial in Nasr City "
        "earlier in the day. 'The October victory was not only a military achievement, it was "
        "proof that this nation can do what others think is impossible,' the President said in a "
        "speech that was broadcast on all state channels. The Ministry of Defence released a new "
        "documentary on the crossing based on interviews with surviving officers, and the "
        "October War Panorama in Heliopolis opened its doors free of charge for three days. "
        "Schools held morning assemblies with patriotic songs, and newspapers published special "
        "supplements with archive photographs of soldiers raising the flag over the Sinai. "
        "Veterans' associations called for more of the war's oral history to be recorded before "
        "its last witnesses pass away. The Egyptian-Israeli peace treaty was signed six years "
        "after the war.",
        "history",
    ),
    (
        "Thousands evacuated in Gdańsk as sappers remove 250kg Soviet bomb",
        "About 2,500 residents of Gdańsk's Wrzeszcz district had to leave their homes on "
        "Sunday morning while army sappers removed a 250-kilogramme Soviet aerial bomb from "
        "the Second World War, found by builders digging the foundations of a new apartment "
        "block. The evacuation zone, with a radius of 500 metres, included a kindergarten, a "
        "church and part of a tram line. Residents with nowhere to go were offered places in a "
        "nearby school, where municipal workers served soup. 'It is the third time in two "
        "years that we have had to leave because of a bomb, so we have learnt to pack the cat "
        "and the documents quickly,' said a pensioner waiting behind a police cordon. Sappers "
        "from the engineering battalion in Chełmno took the bomb to a military range, where it "
        "will be destroyed. Residents were allowed back shortly after 2pm.",
        "history",
    ),
    (
        "Pashinyan, Aliyev initial peace agreement at the White House",
        "Prime Minister Nikol Pashinyan and President Ilham Aliyev on Friday witnessed the "
        "initialling of the text of the agreement on the establishment of peace and interstate "
        "relations between Armenia and Azerbaijan at the White House, in a ceremony hosted by US "
        "President Donald Trump. The document was initialled by Foreign Ministers Ararat Mirzoyan "
        "and Jeyhun Bayramov, while the leaders signed a joint declaration that also provides for "
        "a transit route through Armenia's Syunik province, to be developed with American "
        "participation under Armenian jurisdiction. 'Today we are opening a new page, and for the "
        "first time in decades the people of our region can speak of peace not as a dream but as "
        "a document,' Pashinyan said. The two countries also asked the OSCE to close down the "
        "Minsk Group, which mediated the Karabakh conflict for three decades. The agreement still "
        "has to be signed and ratified, and Baku insists that Armenia must first amend its "
        "constitution, which it says contains territorial claims against Azerbaijan. Opposition "
        "figures in Yerevan criticised the deal as a one-sided concession, while the government "
        "said it would open the border for trade and travel. The text of the agreement was "
        "published by the Armenian foreign ministry on Monday.",
        "peace",
    ),
    (
        "Pro-talks ULFA signs tripartite peace accord with Centre and State, to disband",
        "The pro-talks faction of the United Liberation Front of Asom signed a tripartite "
        "memorandum of settlement with the Centre and the State Government in New Delhi on "
        "Friday, ending more than four decades of armed insurgency by the group and agreeing to "
        "disband its organisation and vacate its designated camps. The accord was signed in the "
        "presence of Union Home Minister Amit Shah, Chief Minister Himanta Biswa Sarma and ULFA "
        "leader Arabinda Rajkhowa, whose faction has been in talks with the government since 2011. "
        "'This is a historic day for Assam, and the violence that took thousands of lives over 44 "
        "years will now be history,' Shah said. Under the agreement, the Centre will provide a "
        "large development package for Assam and the ULFA cadres will be rehabilitated, while "
        "their demands on land rights and the protection of indigenous people will be examined by "
        "a committee. The anti-talks faction, ULFA (Independent), led by Paresh Baruah and "
        "believed to be based in Myanmar, rejected the accord and said its struggle would "
        "continue. Rajkhowa said the cadres would lay down their arms and the group would be "
        "formally dissolved at a general assembly within a month. The Assam Jatiyatabadi Yuba-"
        "Chatra Parishad welcomed the accord but asked for its full text to be made public.",
        "peace",
    ),
    (
        "Geneva meeting ends with six initiatives but no date for formal Cyprus talks",
        "An informal meeting on the Cyprus problem in Geneva ended on Tuesday with agreement on "
        "six initiatives to build trust between the two communities, but without a date for the "
        "resumption of formal negotiations, UN Secretary-General Antonio Guterres said. The "
        "initiatives include the opening of new crossing points along the buffer zone, a youth "
        "technical committee, cooperation on the environment, a solar energy project in the buffer "
        "zone, demining and the restoration of cemeteries on both sides. 'The atmosphere was "
        "constructive and both leaders showed a will to move forward,' Guterres told reporters "
        "after talks with President Nikos Christodoulides, Turkish Cypriot leader Ersin Tatar and "
        "the foreign ministers of Greece, Turkey and Britain. Christodoulides said the outcome was "
        "a small but positive step, while Tatar repeated that any solution must be based on two "
        "states. The island has been divided since 1974, when Turkey invaded after a coup backed "
        "by the military junta in Athens, and UNFICYP peacekeepers still patrol the buffer zone. "
        "Guterres said he would convene another meeting in an enlarged format in the summer, and "
        "his personal envoy, María Ángela Holguín, will return to the island next month.",
        "peace",
    ),
    (
        "Rwanda, DR Congo sign peace agreement in Washington",
        "Rwanda and the Democratic Republic of Congo on Friday signed a peace agreement in "
        "Washington, committing to respect each other's territorial integrity, to end support "
        "for armed groups and to set up a joint security coordination mechanism within 30 days, "
        "in a ceremony presided over by US Secretary of State Marco Rubio. The agreement was "
        "signed by Minister of Foreign Affairs Olivier Nduhungirehe and his Congolese counterpart, "
        "Thérèse Kayikwamba Wagner, after weeks of negotiations facilitated by the United States "
        "and Qatar. Under its terms, Kinshasa undertakes to neutralise the FDLR, the militia "
        "founded by perpetrators of the 1994 Genocide against the Tutsi, while Rwanda will lift "
        "what it calls its defensive measures along the border. 'There is a lot of uncertainty in "
        "our region because many previous agreements were not implemented, but this one has a "
        "clear sequence and strong guarantors,' Nduhungirehe said after the signing. The two "
        "countries also agreed to launch a regional economic integration framework covering "
        "energy, infrastructure and the minerals supply chain within three months. Talks between "
        "the Congolese government and the AFC/M23 continue separately in Doha. President Paul "
        "Kagame is expected to travel to Washington later for a summit with President Félix "
        "Tshisekedi.",
        "peace",
    ),
]
