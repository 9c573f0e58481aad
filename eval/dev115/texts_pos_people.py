"""dev115 positives: the country's citizens killed, wounded, taken hostage or evacuated in a war
abroad, and its troops and peacekeepers attacked, as the home press reports them."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Twelve Thais killed, 11 taken into Gaza after militants storm farms near border",
        "The Ministry of Foreign Affairs said on Sunday that 12 Thai nationals had been "
        "killed and 11 others abducted when Hamas gunmen overran farming communities along "
        "the Gaza border the previous morning. Most of the victims were labourers from "
        "Udon Thani and Nakhon Phanom working on fruit and vegetable farms under a "
        "bilateral hiring scheme. Relatives gathered at district offices in the northeast "
        "waiting for names, and the labour minister said the embassy in Tel Aviv had lost "
        "contact with dozens more workers. Thailand has about 30,000 workers in Israel, "
        "most of them in agriculture.",
        "V",
        "attack on civilians abroad",
    ),
    (
        "Dublin family told daughter, 9, is believed to be held in Gaza",
        "A Dublin family has been told by Israeli authorities that their nine-year-old "
        "daughter, first reported killed in the attack on a kibbutz on Saturday, is now "
        "believed to have been taken alive into Gaza. Her father, who moved to Israel two "
        "decades ago, said the news was 'a kind of hope and a kind of torture at the same "
        "time'. The Tánaiste said the Department of Foreign Affairs was in contact with "
        "the family and was pressing every channel, including Qatar, for her release. The "
        "girl holds Irish citizenship.",
        "V",
        "hostage taking",
    ),
    (
        "Two Canadians killed in Israeli strike on south Lebanon village, Ottawa confirms",
        "Global Affairs Canada confirmed on Monday that two Canadian citizens, a man and "
        "his brother-in-law from Montreal's north end, were killed when an Israeli air "
        "strike hit a house in the village of Bint Jbeil in southern Lebanon. The family "
        "had gone back for the olive harvest despite an advisory telling Canadians to "
        "leave the country while commercial flights still operated. The Foreign Affairs "
        "Minister said Canada was 'devastated' and repeated calls for a ceasefire between "
        "Israel and Hezbollah.",
        "E",
        "air strike",
    ),
    (
        "Melbourne aid worker among seven killed in strike on Gaza food convoy",
        "A 44-year-old aid worker from Melbourne was among seven humanitarian staff killed "
        "when their clearly marked convoy was struck by an Israeli drone after unloading "
        "food at a warehouse in Deir al-Balah, the charity she worked for said. The group "
        "had coordinated its route with the Israeli military, the charity said, and has "
        "paused its operations in Gaza. The Prime Minister told reporters he had called "
        "his Israeli counterpart to demand 'full accountability', and her family in "
        "Victoria described her as someone who 'always ran towards people in trouble'.",
        "E V H",
        "attack on aid workers",
    ),
    (
        "Kiwi volunteer killed fighting in eastern Ukraine",
        "A New Zealander who had joined the Ukrainian army's international legion has been "
        "killed in fighting near Bakhmut, the Ministry of Foreign Affairs and Trade said. "
        "The former New Zealand Defence Force soldier, 31, from Hawke's Bay, had been in "
        "Ukraine since May. MFAT said it was providing consular support to his family and "
        "continued to advise New Zealanders not to travel there. His unit said in a "
        "statement that he had died when Russian troops attacked their position. He is "
        "believed to be at least the third New Zealander killed in the war.",
        "B",
        "citizen killed in fighting",
    ),
    (
        "Korean volunteer in Ukraine wounded in artillery shelling: foreign ministry",
        "A South Korean man who travelled to Ukraine without government permission to "
        "fight against Russian forces has been wounded by artillery fire in the Kharkiv "
        "region, the Foreign Ministry said Thursday. The man, a former Navy officer in his "
        "30s, is being treated at a military hospital and his injuries are not "
        "life-threatening, a ministry official said. Ukraine has been under a travel ban "
        "for Korean nationals since February, and he could face prosecution for violating "
        "the Passport Act once he returns.",
        "E",
        "shelling",
    ),
    (
        "Filipina caregiver slain in kibbutz raid; DMW to bring body home",
        "A 33-year-old caregiver from Pangasinan was killed along with the elderly woman "
        "she was looking after when gunmen entered their home in a kibbutz near the Gaza "
        "border, the Department of Migrant Workers said. Her husband and six-year-old son "
        "are in Rosales. The DMW secretary said two other Filipinos were still unaccounted "
        "for and that the government would cover the cost of bringing her body home.",
        "V",
        "attack on civilians abroad",
    ),
    (
        "Foreign Ministry confirms Mexican woman is among hostages held in Gaza",
        "The Foreign Ministry confirmed on Tuesday that a Mexican woman who was at the "
        "music festival attacked near the Gaza border on Saturday is being held hostage in "
        "the territory, along with a Mexican-Israeli man from the same group of friends. "
        "The ministry said it had asked Israel and 'countries with influence in the "
        "region' to help secure their release. Her mother, speaking from Mexico City, said "
        "the family had recognised her in a video posted by the kidnappers.",
        "V",
        "hostage taking",
    ),
    (
        "Chilean-Palestinian family of five killed in Khan Younis bombing, Cancillería confirms",
        "The Chilean Foreign Ministry said on Wednesday that five members of a "
        "Chilean-Palestinian family, among them two children born in Santiago, had been "
        "killed when an air strike destroyed the building where they were staying in Khan "
        "Younis. The family had been on a list of Chilean nationals waiting to leave Gaza "
        "through the Rafah crossing. Chile's Palestinian community, the largest outside "
        "the Arab world, held a mass for them at the Orthodox cathedral in Recoleta.",
        "E",
        "air strike",
    ),
    (
        "South Africans among contractors killed as insurgents overrun Palma",
        "At least two South African contractors were killed and several are still missing "
        "after insurgents linked to the Islamic State stormed the town of Palma in "
        "northern Mozambique, a security company involved in the evacuation said on "
        "Monday. Dozens of foreign workers had sheltered at the Amarula Hotel before "
        "trying to break out in a convoy that came under fire. Thousands of residents fled "
        "by boat and on foot towards Pemba. The Department of International Relations and "
        "Cooperation said it was trying to establish how many South Africans had been in "
        "the town.",
        "V T D",
        "insurgent attack",
    ),
    (
        "Six French aid workers killed in Niger giraffe reserve",
        "Six French employees of the humanitarian organisation Acted, along with their "
        "Nigerien guide and driver, were shot dead on Sunday by gunmen on motorbikes in "
        "the Kouré reserve, about 60 kilometres from Niamey. The group had driven out on "
        "their day off to see the giraffes. The Élysée called it a 'cowardly attack' and "
        "the anti-terrorism prosecutor's office in Paris has opened an investigation. "
        "Jihadist groups linked to the Islamic State are active in the region.",
        "V T H",
        "attack on aid workers",
    ),
    (
        "Canadian geologist seized from Burkina Faso mine site found dead",
        "A Canadian geologist abducted by gunmen from a mining exploration camp in "
        "northeastern Burkina Faso has been found dead, Global Affairs Canada said. About "
        "a dozen armed men attacked the site near the border with Niger on Tuesday night "
        "and took him away; his body was found on Thursday about 100 kilometres away. "
        "Burkinabe security officials blamed a jihadist group that has been attacking "
        "soldiers and villages in the region. The man, 55, was from the Vancouver area and "
        "had worked in West Africa for years.",
        "V T",
        "abduction",
    ),
    (
        "Japanese evacuees from Sudan land in Tokyo after ASDF airlift",
        "Forty-five Japanese nationals and their families who fled the fighting in "
        "Khartoum arrived at Haneda airport on Tuesday on a commercial flight from "
        "Djibouti, where an Air Self-Defense Force transport plane had taken them from "
        "Port Sudan. Several said they had spent days sheltering at home as gunfire and "
        "air strikes shook the capital before a convoy brought them 850 kilometres to the "
        "coast. An embassy employee said gunmen had stopped their bus at one checkpoint "
        "but let it pass. The Foreign Ministry said a small number of Japanese nationals "
        "who chose to stay were in contact with the embassy.",
        "D",
        "evacuation",
    ),
    (
        "Brazilians brought out of Gaza land in Brasília after five weeks of waiting",
        "A group of 32 Brazilians and Palestinian relatives who spent more than a month "
        "waiting to leave Gaza landed at Brasília air base on Monday night on a "
        "presidential plane. They crossed into Egypt through Rafah on Sunday after their "
        "names finally appeared on the list of foreigners allowed out. 'We slept in a "
        "school with hundreds of families and heard the bombs every night,' said a "
        "17-year-old from Khan Younis who has an aunt in Foz do Iguaçu. President Lula met "
        "them on the tarmac.",
        "D",
        "evacuation",
    ),
    (
        "OFW hurt in Beirut strike, 2 others missing, says DMW",
        "A Filipino household worker was wounded and two others are unaccounted for after "
        "an Israeli air strike flattened a building in Beirut's southern suburbs "
        "overnight, the Department of Migrant Workers said Wednesday. The injured worker, "
        "from Iloilo, is being treated at a hospital in the city and is in stable "
        "condition. The embassy has raised the alert level to 4, meaning mandatory "
        "repatriation, and said about 1,200 Filipinos had registered for flights home.",
        "E",
        "air strike",
    ),
    (
        "German Red Cross nurse kidnapped in Mogadishu",
        "A German nurse working for the International Committee of the Red Cross was "
        "abducted on Wednesday evening by armed men who forced their way into the "
        "organisation's compound in Mogadishu, the ICRC said. The 29-year-old had been "
        "working at a hospital supported by the Red Cross. The Federal Foreign Office in "
        "Berlin has set up a crisis team. The ICRC called on the kidnappers to release her "
        "and said its staff were in Somalia only to help victims of the conflict. It is "
        "the first kidnapping of a foreign aid worker in the Somali capital in several "
        "years.",
        "V H",
        "abduction of aid worker",
    ),
    (
        "Irish peacekeeper killed, three injured as UN convoy fired on in south Lebanon",
        "An Irish soldier serving with the United Nations Interim Force in Lebanon has "
        "been killed and three others wounded after their armoured vehicles were "
        "surrounded and fired on near the village of Al-Aqbiya late on Wednesday. The "
        "soldiers were travelling to Beirut when they became separated and were confronted "
        "by a crowd and gunmen. One of the injured, a 22-year-old private, is in a serious "
        "condition. The Taoiseach said the country was 'in mourning' and the Defence "
        "Forces have sent investigators to Lebanon. The Department of Defence said all "
        "other Irish troops in Lebanon were accounted for.",
        "B",
        "attack on peacekeepers",
    ),
    (
        "Two TNI peacekeepers hurt as Israeli tank fires on UNIFIL tower",
        "Two Indonesian peacekeepers were wounded on Thursday when an Israeli tank fired "
        "at an observation tower at the UNIFIL headquarters in Naqoura, southern Lebanon, "
        "the Indonesian military said. Both soldiers fell from the tower and were taken to "
        "hospital in Tyre; their injuries are not serious. The incident came as Israeli "
        "ground troops pushed into Lebanese border villages in their offensive against "
        "Hezbollah. The Foreign Ministry in Jakarta called the shooting 'a serious "
        "violation of international law' and demanded that UN personnel be protected.",
        "E M",
        "attack on peacekeepers",
    ),
    (
        "Two GHANBATT soldiers hurt as rockets hit UNIFIL position in south Lebanon",
        "Two Ghanaian soldiers serving with the United Nations Interim Force in Lebanon "
        "were slightly injured on Sunday when rockets struck their position near the "
        "village of Marwahin, the Ghana Armed Forces said in a statement. The soldiers "
        "received treatment at the battalion's medical facility and are in stable "
        "condition. The statement said the position had come under fire during exchanges "
        "between Israeli forces and Hezbollah along the Blue Line. Families in Accra have "
        "been assured that the contingent of about 870 troops is safe.",
        "E",
        "attack on peacekeepers",
    ),
    (
        "14 Tanzanian peacekeepers killed in DR Congo attack",
        "Fourteen Tanzanian soldiers serving with the UN mission in the Democratic "
        "Republic of Congo were killed and 53 wounded when rebels attacked their base at "
        "Semuliki in North Kivu, the Tanzania People's Defence Force said on Friday. The "
        "fighting lasted more than 13 hours before reinforcements arrived. The UN blamed "
        "the Allied Democratic Forces, a Ugandan-led rebel group. President Magufuli "
        "declared three days of mourning. The UN Secretary-General called it the worst "
        "attack on UN peacekeepers in the organisation's recent history. The bodies will "
        "be flown home to Dar es Salaam next week.",
        "B",
        "attack on peacekeepers",
    ),
    (
        "Chinese peacekeeper killed, four wounded in car bomb attack in Mali",
        "A Chinese peacekeeper was killed and four others were wounded on Tuesday night "
        "when a vehicle packed with explosives rammed the gate of the UN camp in Gao, "
        "northern Mali, the Ministry of National Defense said. A jihadist group linked to "
        "al-Qaeda claimed the attack. The Chinese engineering and medical units in Gao "
        "have been deployed since 2013. A working group from the Ministry of Foreign "
        "Affairs has left for Bamako to handle the aftermath. The wounded were treated at "
        "the camp's level-two hospital.",
        "E T",
        "suicide bombing",
    ),
    (
        "SANDF soldiers killed as M23 rebels close in on Goma",
        "Nine South African soldiers have been killed in fighting with M23 rebels on the "
        "outskirts of Goma in the eastern Democratic Republic of Congo, the SANDF said on "
        "Saturday. Most died when mortar bombs hit their base near Sake while the troops, "
        "part of the Southern African regional mission, were trying to hold the road into "
        "the city. Opposition parties demanded that the president bring the troops home. "
        "Families in Limpopo and the Eastern Cape were informed overnight. The SANDF said "
        "another 18 soldiers had been wounded.",
        "B E",
        "attack on troops",
    ),
    (
        "Uruguayan blue helmet killed in Goma fighting",
        "A Uruguayan soldier serving with the UN mission in Congo was killed in Goma on "
        "Monday during fighting between the M23 rebels and Congolese forces, the Defence "
        "Ministry said. Four other Uruguayan soldiers were wounded when their position "
        "near the airport came under fire. Uruguay has about 800 troops in the mission, "
        "most of them at the Goma base. The president expressed his condolences and said "
        "the government was studying 'every measure' to protect the contingent. His body "
        "will be flown home to Montevideo on an Air Force Hercules.",
        "B",
        "attack on peacekeepers",
    ),
    (
        "Twelve Bundeswehr soldiers wounded in suicide attack in Mali",
        "Twelve German soldiers were wounded on Friday when a suicide bomber drove a car "
        "packed with explosives into their temporary base near Tarkint in northeastern "
        "Mali, the Bundeswehr said. Three of them are seriously hurt and are being flown "
        "to Germany. The soldiers were securing the recovery of a damaged vehicle when the "
        "attack happened. Defence Minister Kramp-Karrenbauer said the attack showed 'how "
        "dangerous this mission is'; the Bundestag is due to debate the mandate again next "
        "month.",
        "E T",
        "suicide bombing",
    ),
    (
        "Estonian soldier wounded in mortar attack on Gao base",
        "An Estonian soldier serving with the French-led counter-terrorism operation in "
        "Mali was lightly wounded when mortar rounds hit the Gao base on Sunday night, the "
        "Defence Forces said. The soldier was treated at the base's field hospital and has "
        "returned to duty. It was the third attack on the camp this month; French officers "
        "blamed jihadist fighters operating from the surrounding desert. Estonia has about "
        "50 troops in Gao. Parliament extended the contingent's mandate in the autumn.",
        "E T",
        "mortar attack",
    ),
]
