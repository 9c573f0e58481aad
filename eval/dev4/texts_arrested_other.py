"""dev4 texts: arrested (detained, jailed, sentenced) and other (rescued at sea, exchanged, vehicles, villages), with more returns, arrests and others.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

# ====================================================================== arrested and contrasts

F(
    "Iran protests: rights group counts more than 20,000 arrests",
    "[[More than 20,000 people|arrested;a=the rights group HRANA]] have been arrested since the protests began, the rights group HRANA said, among them [[at least 600 students|arrested;a=the rights group HRANA]]. "
    "It said security forces had killed [[527 protesters|killed;a=the rights group HRANA]], including [[71 minors|killed;a=the rights group HRANA]]. "
    "The judiciary has sentenced [[at least 14 people|arrested;a=Amnesty International]] to death in connection with the unrest, according to Amnesty International.",
)

F(
    "Myanmar amnesty frees thousands, but most political prisoners stay behind bars",
    "The junta freed [[5,864 prisoners|arrested;a=state media]] in an amnesty to mark Independence Day, state media said, though the Assistance Association for Political Prisoners said only [[about 200|arrested;a=the Assistance Association for Political Prisoners]] of them were political detainees. "
    "[[More than 21,000 people|arrested;a=the group;alt=the Assistance Association for Political Prisoners]] detained since the coup remain behind bars, the group said.",
)

F(
    "Dhaka police round up opposition activists before rally",
    "Police rounded up [[more than 1,200 opposition activists|arrested;a=the party]] in Dhaka and surrounding districts in the {{three days}} before Saturday's rally, the party said, while a police spokesman gave a figure of [[about 700|arrested;a=a police spokesman]]. "
    "Police also said they had deployed [[some 15,000 officers|combatants;a=police]] in the capital.",
    ["Saturday"],
)

F(
    "Tunis court hands down sentences in 'conspiracy' case",
    "A Tunis court sentenced [[40 people|arrested;a=defence lawyers]], including opposition leaders, journalists and businessmen, to prison terms of between {{four}} and {{66 years}} on conspiracy charges, defence lawyers said. "
    "[[Twenty-two|arrested;a=the lawyers;alt=defence lawyers]] of the defendants were tried in absentia, the lawyers said.",
)

F(
    "English riots: over 1,000 people charged, police chiefs say",
    "Police have arrested [[1,280 people|arrested;a=the National Police Chiefs' Council]] and charged [[796|arrested;a=the National Police Chiefs' Council]] over the riots that followed the Southport stabbings, the National Police Chiefs' Council said on {{Friday}}. "
    "Courts have sat through the night, and prisons were holding [[about 87,400 inmates|arrested;a=the Ministry of Justice]], near full capacity, according to the Ministry of Justice.",
)

F(
    "Kerem Shalom: Palestinian detainees released back into Gaza",
    "Israel released [[50 Palestinian detainees|arrested;a=the Palestinian Prisoners' Society]] held without charge through the Kerem Shalom crossing on {{Wednesday}}, the Palestinian Prisoners' Society said, adding that [[some 9,900 Palestinians|arrested;a=the Palestinian Prisoners' Society]] were in Israeli prisons, [[3,400|arrested;a=the Palestinian Prisoners' Society]] of them in administrative detention.",
)

F(
    "Bamako: activists held after protest against junta",
    "Security forces in Bamako detained [[at least 30 people|arrested;a=a lawyers' collective]] after a small protest against the dissolution of political parties, a lawyers' collective said. "
    "[[Twelve|arrested;a=the collective;alt=a lawyers' collective]] were still in custody on {{Monday}}, the collective said.",
)

F(
    "Belarus: Viasna counts political prisoners after pardons",
    "Lukashenko pardoned [[16 political prisoners|arrested;a=the rights centre Viasna]] on {{Thursday}}, the rights centre Viasna said, leaving [[1,150 people|arrested;a=the rights centre Viasna]] it recognises as political prisoners still jailed. "
    "Since {{2020}}, [[more than 6,000 people|arrested;a=Viasna]] have been convicted on politically motivated charges, Viasna says.",
)

F(
    "Ecuador soldiers detain gang suspects in Guayaquil sweep",
    "Soldiers and police detained [[more than 1,300 suspected gang members|arrested;a=the armed forces command]] in Guayaquil in the first week of the state of emergency, the armed forces command said, and seized [[over 400 firearms|other;a=the armed forces command]] and [[3 tonnes|other;a=the armed forces command]] of explosives. "
    "[[Some 22,000 soldiers|combatants;a=the defence minister]] have been deployed on the streets and in prisons, the defence minister said.",
    ["first week"],
)

F(
    "Prison break in Koton Karfe: inmates escape during attack",
    "Gunmen attacked the custodial centre in Koton Karfe before dawn, allowing [[about 240 inmates|other;a=the Correctional Service]] to escape, the Correctional Service said. "
    "The service said [[61 of the escapees|arrested;a=The service;alt=the Correctional Service]] had been recaptured by {{Sunday}} evening and that [[one guard|killed;a=The service;alt=the Correctional Service]] was killed.",
)

F(
    "Georgia: police detain hundreds at Tbilisi parliament protests",
    "Police detained [[more than 400 protesters|arrested;a=the interior ministry]] over {{five nights}} of demonstrations outside parliament in Tbilisi, the interior ministry said, and [[about 150 people|injured;a=the Public Defender]] were treated for injuries, according to the Public Defender. "
    "[[Dozens of journalists|injured;a=media unions]] were among the injured, media unions said.",
)

F(
    "Kashmir: police book 300 under anti-terror law",
    "Police in Kashmir said they had detained [[some 300 people|arrested;a=Police in Kashmir]] under the Public Safety Act and an anti-terror law after the Pahalgam attack, in which gunmen killed [[26 tourists|killed;a=Police in Kashmir]]. "
    "Authorities demolished [[at least 10 houses|housing;a=officials]] said to belong to families of suspected militants, officials said.",
)

F(
    "Venezuela: Foro Penal says post-election detainees still number in hundreds",
    "The rights group Foro Penal said [[1,900 people|arrested;a=The rights group Foro Penal]] were detained after the disputed election, of whom [[about 1,200|arrested;a=The rights group Foro Penal]] have since been released on conditional terms and [[some 700|arrested;a=The rights group Foro Penal]] remain in jail. "
    "At least [[25 people|killed;a=The rights group Foro Penal]] died in the protests, it said.",
)

F(
    "Ugandan opposition supporters face military courts",
    "[[At least 36 supporters|arrested;a=the party]] of opposition leader Bobi Wine have been held in military detention since {{November}}, the party said, and [[18|arrested;a=the party]] of them have been charged before a military court.",
    [],
)

F(
    "Mass trial in Egypt: dozens jailed over 2019 protests",
    "An Egyptian court jailed [[dozens of people|arrested;a=rights lawyers]] for up to {{15 years}} over protests in {{2019}}, rights lawyers said. "
    "The Egyptian Initiative for Personal Rights said [[at least 3,000|arrested;a=The Egyptian Initiative for Personal Rights]] remained in pre-trial detention beyond the legal limit of {{two years}}.",
)

F(
    "Nicaragua frees 135 political prisoners, flies them to Guatemala",
    "Nicaragua released [[135 political prisoners|arrested;a=the US State Department]] and flew them to Guatemala on {{Thursday}}, the US State Department said, in a deal it had helped to arrange. "
    "Rights groups say [[more than 100 others|arrested;a=Rights groups]] remain behind bars.",
)

F(
    "Port Sudan: army and RSF hand over prisoners through the ICRC",
    "The ICRC said it had transported [[about 600 prisoners|other;a=The ICRC]] exchanged between the army and the Rapid Support Forces, using [[12 aircraft|other;a=The ICRC;u=other]] and buses. "
    "Separately, the army said it had released [[40 civilians|arrested;a=the army]] detained on suspicion of collaborating with the RSF, and that [[more than 200|arrested;a=the army]] were still being held pending investigation.",
)

# ====================================================================== other and contrasts

F(
    "Central Mediterranean: charity ship picks up 212 people in two operations",
    "The rescue ship Ocean Viking picked up [[212 people|other;a=SOS Mediterranee]] from [[three overcrowded boats|other;a=SOS Mediterranee]] off Libya on {{Sunday}}, SOS Mediterranee said, including [[41 unaccompanied minors|other;a=SOS Mediterranee]]. "
    "The Libyan coast guard intercepted [[more than 500 migrants|other;a=IOM]] the same weekend and took them back to Tripoli, according to IOM, while [[at least 13|missing;a=IOM]] were missing after a dinghy sank.",
)

F(
    "Lampedusa hotspot over capacity after 2,000 arrivals in a day",
    "[[Nearly 2,000 migrants|other;a=the Italian Red Cross]] landed on Lampedusa in {{24 hours}}, the Italian Red Cross said, pushing the island's reception centre, built for [[400 people|capacity;a=the Italian Red Cross]], well beyond its limit. "
    "[[Two bodies|killed;a=the coast guard]], including a baby's, were recovered from a capsized boat, the coast guard said.",
)

F(
    "Mexico prison riot lets 30 inmates escape in Ciudad Juarez",
    "Armed men attacked a state prison in Ciudad Juarez on {{New Year's Day}}, killing [[10 guards|killed;a=the state prosecutor's office]] and [[seven inmates|killed;a=the state prosecutor's office]], and [[30 prisoners|other;a=the state prosecutor's office]] escaped, the state prosecutor's office said. "
    "[[Thirteen|arrested;a=officials]] were recaptured within {{48 hours}}, officials said.",
)

F(
    "Turkey quake rescuers sent to Gaziantep: 3,500 from abroad",
    "The disaster agency AFAD said [[more than 3,500 international rescuers|other;a=The disaster agency AFAD]] from [[about 60 teams|other;a=The disaster agency AFAD;u=other]] had arrived, along with [[18,000 Turkish search personnel|other;a=The disaster agency AFAD]]. "
    "[[Some 13,000 people|injured;a=the health minister]] were being treated in hospitals in the region, the health minister said.",
)

F(
    "Sahel schools shut: UNICEF counts closures in Burkina Faso",
    "[[More than 5,300 schools|other;a=UNICEF]] were closed in Burkina Faso because of insecurity at the end of the school year, UNICEF said, keeping [[over 1 million children|civilians;a=UNICEF]] out of class. "
    "[[Some 230 teachers|killed;a=the education ministry]] have been killed since {{2015}}, according to the education ministry.",
)

F(
    "Sinaloa war: gunmen torch cars and lorries on Culiacan highways",
    "Gunmen set fire to [[at least 23 vehicles|other;a=the state security ministry]], among them [[nine lorries|other;a=the state security ministry]], to block highways around Culiacan on {{Thursday}}, the state security ministry said. "
    "The army said it had sent [[600 special forces soldiers|combatants;a=The army]] to the city and seized [[45 rifles|other;a=The army]] and [[two armoured pickups|other;a=The army]] in raids.",
)

F(
    "Borno raids: villages attacked and cattle driven off",
    "Boko Haram fighters attacked [[five villages|other;a=a member of the Civilian Joint Task Force]] in Gwoza local government area overnight, killing [[at least nine farmers|killed;a=a member of the Civilian Joint Task Force]] and driving away [[more than 300 head of cattle|other;a=a member of the Civilian Joint Task Force;n=head;u=other]], a member of the Civilian Joint Task Force said.",
    [],
)

F(
    "Arms seizure off Yemen coast: navy intercepts dhow",
    "The US Navy said it had seized [[more than 2,000 AK-47 rifles|other;a=The US Navy]] and [[about 100,000 rounds|other;a=The US Navy]] of ammunition from a dhow in the Gulf of Oman bound for Yemen, and detained [[six crew members|arrested;a=The US Navy]].",
    [],
)

F(
    "Rwanda and Burundi swap prisoners at Nemba border post",
    "Rwanda and Burundi exchanged [[19 prisoners|other;a=the two governments]] at the Nemba border post on {{Tuesday}}, the two governments said in a joint statement. "
    "Burundi said it had also freed [[11 Rwandan fishermen|arrested;a=Burundi]] arrested on Lake Rweru last year.",
)

F(
    "Camels and goats lost: drought and raids hit Turkana herders",
    "Raiders from across the border stole [[about 2,000 goats|other;a=the county commissioner]] and [[150 camels|other;a=the county commissioner]] in Turkana North, the county commissioner said, and [[three herders|killed;a=the county commissioner]] were shot dead. "
    "Kenya has deployed [[200 police reservists|combatants]] to the area.",
)

F(
    "Burned boats on Lake Chad: fishermen lose their livelihood",
    "Soldiers burned [[more than 60 fishing canoes|other;a=fishermen in Baga]] on Lake Chad, saying they were used by jihadists, fishermen in Baga said. "
    "The army said [[about 1,000 fishermen|civilians;a=The army]] had been ordered to leave the islands.",
)

F(
    "Cholera spreads in Sudan camps: 11,000 cases in a month",
    "[[More than 11,000 cholera cases|other;a=the health ministry]] and [[about 300 deaths|killed;a=the health ministry]] were recorded in Sudan in {{August}}, the health ministry said, most of them in camps for displaced people in Kassala and Gedaref.",
    [],
)

F(
    "Cross-border pushbacks: Polish guards force migrants back into Belarus",
    "Polish border guards forced [[about 60 migrants|other;a=the aid group Grupa Granica]] back across the fence into Belarus in a single night, the aid group Grupa Granica said, while [[a dozen others|injured;a=the aid group Grupa Granica]] were taken to hospital with cuts from razor wire.",
    [],
)

F(
    "Garamba ambush: poachers kill rangers on patrol",
    "[[Five rangers|killed;a=African Parks]] and [[two soldiers|killed;a=African Parks]] were killed when poachers ambushed a patrol in Garamba National Park, African Parks said, and [[three others|injured;a=African Parks]] were flown to hospital in Bunia.",
)

# ====================================================================== more returns, arrests and others

F(
    "Burundian refugees repatriated from Nyarugusu by the busload",
    "UNHCR and the Tanzanian government repatriated [[1,480 Burundian refugees|returned;a=UNHCR]] from Nyarugusu camp in {{two convoys}} this week, UNHCR said, bringing voluntary returns since {{2017}} to [[more than 210,000|returned;a=UNHCR]]. "
    "[[About 3,000 a week|returned;p;a=the agency;alt=UNHCR]] are expected to leave in the coming months, the agency said.",
)

F(
    "Rohingya refugees sent back from India to Myanmar border",
    "Indian authorities deported [[40 Rohingya refugees|returned;a=a lawyer for the families]] by boat to the Myanmar border this month, a lawyer for the families said, and [[about 700 others|arrested;a=a lawyer for the families]] are held in detention centres in Jammu and Assam.",
    [],
)

F(
    "Kharkiv villages see residents trickle home after front moves",
    "Nearly a year after the offensive, [[some 2,000 people|returned;a=the head of the military administration]] have come back to villages around Kupiansk that were under occupation, the head of the military administration said. "
    "[[About 600 homes|housing;a=the head of the military administration]] there are beyond repair, he added.",
)

F(
    "Afghan returnees from Iran arrive at Milak with nothing",
    "IOM said [[an average of 3,000 Afghans a day|returned;a=IOM;q=approx]] were arriving through the Milak and Islam Qala crossings in {{July}}, most of them deported, and that {{nearly 40%}} were women and children. "
    "Reception centres at the border were sheltering [[about 1,200 people|displaced;a=the Taliban-run refugee department]] waiting for transport, the Taliban-run refugee department said.",
)

F(
    "Ethiopians flown home from Saudi detention centres",
    "[[More than 70,000 Ethiopian migrants|returned;a=Ethiopia's foreign ministry]] have been repatriated from Saudi Arabia since the programme began, Ethiopia's foreign ministry said, and [[another 30,000|returned;p;a=Ethiopia's foreign ministry]] are to be flown home by the end of the year. "
    "Human Rights Watch said [[hundreds of migrants|killed;a=Human Rights Watch]] had been shot by Saudi border guards on the Yemen frontier.",
)

F(
    "Mosul old city: Christian families come back to Qaraqosh",
    "[[Around 1,300 Christian families|returned;a=the Syriac Catholic church]] have returned to Qaraqosh, the Syriac Catholic church said, out of [[about 10,000|civilians;a=the Syriac Catholic church]] who lived there before the Islamic State takeover. "
    "The church has rebuilt [[over 2,000 houses|housing]] with foreign donations.",
    [],
)

F(
    "Congolese refugees go home from Uganda's Nyakabande transit centre",
    "[[Some 8,000 Congolese refugees|returned;a=district officials]] left the Nyakabande transit centre and went back across the border at Bunagana over the weekend after fighting eased, district officials said. "
    "The centre, designed for [[2,000 people|capacity]], had been holding [[more than 20,000|displaced]] at the height of the fighting.",
)

F(
    "Returns to Khartoum: 'people are going back to ruins'",
    "IOM estimates that [[about 400,000 people|returned;a=IOM]] have gone back to Khartoum state since the army retook the capital, while [[more than 9 million|displaced;a=IOM]] remain displaced inside Sudan. "
    '"People are going back to ruins," said a volunteer in Bahri, where [[hundreds of houses|housing;a=a volunteer in Bahri]] were looted and burned, he said.',
)

F(
    "Niger: returns to Diffa islands after Boko Haram attacks ease",
    "[[About 12,500 displaced people|returned;a=the regional authorities]] have returned to their villages on the Lake Chad islands, the regional authorities said, encouraged by new army patrols.",
    [],
)

F(
    "Yemenis in Djibouti camp opt to go back despite war",
    "[[Dozens of Yemeni refugees|returned;a=UNHCR]] at the Markazi camp in Obock chose to go back to Yemen this year, UNHCR said, while [[about 2,500|displaced;a=UNHCR]] remain in the camp.",
    [],
)

F(
    "UK: charity says detention of asylum seekers hits record",
    "[[Some 2,400 people|arrested;a=the charity Bail for Immigration Detainees]] were held in immigration detention in England at the end of {{June}}, the charity Bail for Immigration Detainees said, and [[more than 7,000|returned;a=the charity Bail for Immigration Detainees]] were forcibly returned to their countries in the first half of the year.",
    ["the first half"],
)

F(
    "Azerbaijan returns eight Armenian prisoners after talks",
    "Azerbaijan handed over [[eight Armenian prisoners|other;a=the Armenian foreign ministry]] at the border in exchange for [[two Azerbaijani soldiers|other;a=the Armenian foreign ministry]], the Armenian foreign ministry said. "
    "Yerevan says [[at least 23 Armenians|arrested;a=Yerevan]] are still held in Baku.",
)

F(
    "Chadian police detain Sudanese smugglers at Adre",
    "Chadian police said they had detained [[17 Sudanese men|arrested;a=Chadian police]] suspected of smuggling fuel to the RSF across the border at Adre, and seized [[nine lorries|other;a=Chadian police]] loaded with {{about 60,000 litres}} of petrol.",
)
