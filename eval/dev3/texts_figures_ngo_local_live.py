"""dev3 figures items: NGO press releases, translated local news, live blogs, headline-led items. Marks: eval/figset/marks.py; see build.py."""

from items import F

# ====================================================================== figures: NGO press releases

F(
    "Press release: Save the Children warns of child deaths in Sudan's El Fasher",
    "FOR IMMEDIATE RELEASE. El Fasher, {{12 May}} – Save the Children said today that [[at least 34 children|killed;a=Save the Children]] have been killed in El Fasher since fighting intensified on {{10 May}}, and that [[more than 200|injured;a=Save the Children]] have been treated for blast and gunshot wounds at the hospitals it supports. "
    "\"Children are being killed in their homes and in the streets,\" said the organisation's country director, who estimated that [[some 800,000 civilians|civilians;a=the organisation's country director;alt=Save the Children]] remain trapped in the city. "
    "The charity is calling for safe passage for the [[about 120,000 people|displaced;a=The charity;alt=Save the Children]] it believes are stranded on the roads to Tawila. "
    "ENDS. For interviews, contact the media office on {{+44 20 7012 6400}}.",
    ["12 May", "10 May"],
)

F(
    "NRC: Burundi receives Congolese fleeing {{M23}} advance",
    "The Norwegian Refugee Council (NRC) said on {{Wednesday}} that [[more than 60,000 Congolese|displaced;a=The Norwegian Refugee Council]] had crossed into Burundi in {{two weeks}}, many by swimming across the Rusizi river, after {{M23}} rebels seized Bukavu. "
    "[[At least five people|killed;a=NRC staff]], including [[two toddlers|killed;a=NRC staff]], drowned during the crossing, NRC staff said. "
    "The Cishemere transit centre, meant for [[1,500 people|capacity]], is hosting [[14,000|displaced]], and NRC has distributed [[3,200 hygiene kits|aid]]. "
    '"This is a frantic exodus," said the organisation\'s regional director.',
)

F(
    "Amnesty International: mass arrests of protesters in Kenya",
    "Amnesty International Kenya said on {{Thursday}} that police had arrested [[more than 1,200 protesters|arrested;a=Amnesty International Kenya]] during the week of anti-government demonstrations, and that [[at least 39 people|killed;a=Amnesty International Kenya]] had been killed, most by police gunfire. "
    "The rights group also documented [[32 cases|missing;u=person;a=The rights group;alt=Amnesty International Kenya]] of enforced disappearance of activists and the abduction of [[14 young people|kidnapped;a=The rights group;alt=Amnesty International Kenya]] by men in plain clothes, of whom [[six|kidnapped;a=The rights group;alt=Amnesty International Kenya]] have since been released.",
)

F(
    "MSF: surgical teams overwhelmed after attack on Port-au-Prince neighbourhood",
    "Médecins Sans Frontières teams at the Tabarre hospital received [[46 wounded people|injured;a=the organisation;alt=Médecins Sans Frontières]], including [[12 women|injured;a=the organisation;alt=Médecins Sans Frontières]], in less than six hours after a gang attack on the Carrefour-Feuille neighbourhood on {{Sunday}}, the organisation said. "
    "The gang attack, the latest by the Viv Ansanm coalition, left [[at least 70 people|killed;a=the UN]] dead and forced [[thousands of residents|displaced;a=the UN]] to flee towards Delmas, according to the UN. "
    "MSF said [[two of its patients|killed;a=MSF]] died of their injuries and that it had run out of blood for transfusions.",
    ["less than six hours"],
)

# ====================================================================== figures: translated local news

F(
    "Ouagadougou daily: displaced families settle on the outskirts of Kaya",
    "(Translated from French) The number of internally displaced persons in the commune of Kaya has reached [[more than 150,000|displaced;a=the regional directorate of social action]], according to the regional directorate of social action, which registered [[2,863 new households|displaced;a=the regional directorate of social action]] last month alone. "
    "The mayor indicated that [[some 40 classrooms|capacity;a=The mayor]] have been lent to displaced families and that the municipality has received [[1,200 tarpaulins|aid;a=The mayor]] from the government. "
    "In the Bollé sector, where [[nearly 3,000 people|displaced]] live under tents, residents say they have not received food for {{six weeks}}.",
    [],
)

F(
    "Kyiv regional news: evacuation from Pokrovsk district continues",
    "(Translated from Ukrainian) In the past day, police and volunteers evacuated [[412 people|displaced;a=the regional military administration]] from the Pokrovsk district, among them [[57 children|displaced;a=the regional military administration]], the regional military administration reported on {{Telegram}}. "
    "According to the administration, [[about 7,300 residents|civilians;a=the administration;alt=the regional military administration]] remain in Pokrovsk itself, including [[around 40 children|civilians;a=the administration;alt=the regional military administration]]. "
    "As a result of shelling over the past day, [[two people|killed;a=the head of the administration, Vadym Filashkin]] were killed and [[eleven|injured;a=the head of the administration, Vadym Filashkin]] were wounded, and [[14 private houses|housing;a=the head of the administration, Vadym Filashkin]] were damaged, said the head of the administration, Vadym Filashkin.",
    ["Telegram", "the past day"],
)

F(
    "Gao regional radio: families return to Ansongo villages",
    "(Translated from French) [[About 600 families|returned;a=the prefect of Ansongo]] who had fled to Gao last year because of attacks by armed groups have returned to their villages in the commune of Bara, the prefect of Ansongo announced on {{Monday}}. "
    "He said that a detachment of [[80 soldiers|combatants;a=He;alt=the prefect of Ansongo]] had been deployed to secure the area and that [[12 wells|other;a=He;alt=the prefect of Ansongo]] had been rehabilitated with the support of partners.",
    [],
)

F(
    "Mogadishu radio: al-Shabaab attack near Balcad displaces farmers",
    "(Translated from Somali) District commissioner Ahmed Hassan told Radio Mogadishu that [[more than 2,500 families|displaced;a=District commissioner Ahmed Hassan]] have fled villages near Balcad after al-Shabaab fighters attacked army positions and seized [[four villages|other;a=District commissioner Ahmed Hassan]]. "
    "He said [[nine soldiers|killed;a=He;alt=District commissioner Ahmed Hassan]] and an unknown number of militants were killed.",
    [],
)

F(
    "Kabul daily: deported Afghans arrive at Torkham",
    "(Translated from Dari) [[More than 3,400 Afghan migrants|returned;a=the Taliban's refugee ministry]] were deported from Pakistan through the Torkham crossing on {{Saturday}}, the Taliban's refugee ministry said, bringing the number returned since the start of the year to [[about 145,000|returned;a=the Taliban's refugee ministry]]. "
    "Officials at the crossing said among the arrivals were [[700 families|returned;a=Officials at the crossing]] who had lived in Pakistan for decades.",
    [],
)

F(
    "Manipur paper: relief camps still full two years on",
    "(Translated from Meitei) [[Over 57,000 people|displaced;a=the state relief department]] are still living in [[283 relief camps|capacity;a=the state relief department]] across the valley and hill districts, the state relief department said, {{two years}} after ethnic clashes broke out. "
    "Of the [[4,786 houses|housing]] burned in the violence, [[only 1,008|housing;u=structure]] have been rebuilt under the government's housing scheme.",
    [],
)

F(
    "Goma radio: bodies recovered after {{M23}} capture of city",
    "(Translated from French) Red Cross volunteers in Goma have buried [[more than 2,000 bodies|killed;a=the provincial health division]] since the city fell to the {{M23}}, and [[some 900 others|killed;a=the provincial health division]] remain in morgues, the provincial health division said. "
    "The division counted [[2,880 wounded|injured;a=The division;alt=the provincial health division]] in city hospitals.",
    [],
)

# ====================================================================== figures: live blogs

F(
    "Live: Sudan war updates",
    "{{14:05 GMT}} – The Sudanese army says it has retaken the town of Singa, and that [[dozens of RSF fighters|killed;a=The Sudanese army]] were killed. We have not been able to verify the claim. "
    "{{13:40 GMT}} – Sudan Doctors Network says [[at least 18 people|killed;a=Sudan Doctors Network]] were killed when a drone hit a displacement shelter in Kosti. "
    "{{12:15 GMT}} – WFP says its first convoy in months has reached Kadugli. "
    "{{11:02 GMT}} – UNHCR says [[as many as 3,000 people a day|displaced;n=people;a=UNHCR]] are crossing into South Sudan at Renk.",
)

F(
    "Live blog: Protests in Nairobi, day three",
    "{{4:32 p.m.}}: Police have arrested [[at least 270 people|arrested;a=the interior minister]] across the country, the interior minister says. "
    "{{3:55 p.m.}}: The Kenya National Commission on Human Rights says it has recorded [[22 deaths|killed;a=The Kenya National Commission on Human Rights]] since {{Tuesday}}, and [[more than 300 injured|injured;a=The Kenya National Commission on Human Rights]]. "
    "{{2:10 p.m.}}: A {{19-year-old}} student was shot in the leg near Kencom, witnesses say. "
    "{{1:00 p.m.}}: Police fire tear gas at [[several hundred protesters|other;n=protesters]] on Moi Avenue.",
    [],
)

F(
    "Live updates: Israel-Iran strikes",
    "{{08:12}} Iran's health ministry says [[224 people|killed;a=Iran's health ministry]] have been killed in Israeli strikes since {{Friday}}, {{90 percent}} of them civilians, and [[1,277|injured;a=Iran's health ministry]] hospitalised. "
    "{{07:50}} Israel's emergency service says [[24 people|killed;a=Israel's emergency service]] have been killed by Iranian missiles and [[592|injured;a=Israel's emergency service]] wounded since {{Friday}}. "
    "{{07:15}} Long queues at petrol stations in Tehran as [[hundreds of thousands of residents|displaced]] leave the capital for the Caspian coast.",
)

F(
    "As it happened: attack on Moscow concert hall",
    "{{23:40}}: The Investigative Committee says the death toll has risen to [[115|killed;a=The Investigative Committee]], with bodies still being recovered from the rubble. "
    "{{22:15}}: The FSB says it has detained [[11 people|arrested;a=The FSB]], [[four of them|arrested;n=-;a=The FSB]] directly involved in the attack. "
    "{{21:30}}: The health ministry says [[more than 140 people|injured;a=The health ministry]] are in hospital, [[60|injured;a=The health ministry]] of them in a serious condition. "
    "{{20:55}}: Islamic State has claimed responsibility via its Amaq channel.",
)

F(
    "Live: Myanmar earthquake and conflict",
    "{{09:30}} – The junta announces a temporary ceasefire in quake-hit areas; the National Unity Government says the military carried out air strikes in Sagaing after the quake. "
    "{{08:45}} – Resistance forces say they have released [[63 prisoners of war|other;n=prisoners of war;a=Resistance forces]] to allow relief work in Sagaing.",
)

F(
    "Live: Gaza ceasefire, hostage releases",
    "{{16:20}} – The ICRC confirms it has received [[three hostages|kidnapped;a=The ICRC]] in Khan Younis and is transferring them to Israeli forces. "
    "{{15:05}} – Israel's prison service says it has released [[183 Palestinian prisoners|other;a=Israel's prison service]] under the exchange. "
    "{{14:30}} – The Hamas-run civil defence says [[42 bodies|killed;a=The Hamas-run civil defence]] have been recovered from rubble in Rafah since the truce began, and [[some 11,000 people|missing;a=The Hamas-run civil defence]] are still missing. "
    "{{13:10}} – UN: [[630 aid trucks|aid;a=UN]] entered Gaza on {{Sunday}}, the most in a single day since the war began.",
)

# ====================================================================== figures: headline-led items

F(
    "Clashes leave 12 dead in Abyei",
    "Clashes leave [[12 dead|killed]], [[3,000 displaced|displaced]] in Abyei. Armed youths from Twic county attacked the village of Nyinkuac on {{Saturday}}, killing [[12 people|killed;a=the Abyei administration]], among them a UN peacekeeper, the Abyei administration said. "
    "[[About 3,000 residents|displaced;a=the UN mission]] have fled to the UNISFA base at Agok, the UN mission said.",
    [],
)

F(
    "Afghanistan: deported from Iran, families stranded at Islam Qala",
    "Deported from Iran, stranded at Islam Qala: [[over 20,000 Afghans a week|returned;n=Afghans;a=IOM]], says IOM. "
    "The International Organization for Migration says [[more than 1.2m people|returned;a=The International Organization for Migration]] have returned or been deported from Iran and Pakistan this year, [[about 500,000|returned;a=The International Organization for Migration]] of them in June and July alone.",
    [],
)

F(
    "Borno: ISWAP fighters abduct farmers",
    "ISWAP abducts [[40 farmers|kidnapped]] near Dikwa, frees [[eleven|kidnapped]]. Jihadist fighters on motorbikes seized [[some 40 farmers|kidnapped;a=a local militia leader]] working their fields outside Dikwa on {{Wednesday}} and released [[eleven of them|kidnapped;n=-;a=a local militia leader]], mostly elderly men, a day later, a local militia leader told Reuters. "
    "The army said it had deployed [[about 300 soldiers|combatants;a=The army]] to search for the rest.",
    [],
)

F(
    "Mali: 'Hundreds' missing after boat attack on Niger river",
    "[[Hundreds|missing]] missing after attack on Niger river boat. Jihadists fired rockets at a passenger boat on the Niger river near Bamba, killing [[at least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]], the transitional government said. "
    "Relatives say [[several hundred passengers|missing;a=Relatives]] are unaccounted for, and the boat, licensed for [[about 300 people|capacity]], was carrying [[more than 700|other;n=-]].",
    [],
)
