"""Casualties of mines, cluster munitions and explosive remnants of war: civilians, children and
deminers killed or maimed, amputees and their care (16 texts, all with figures)."""

from _wrap import item

item(
    "Tractor driver killed by anti-tank mine in Kharkiv region",
    """BALAKLIIA, Ukraine, {{May 16}} (Reuters) - A farmer was killed and his son badly wounded
    when their tractor hit an anti-tank mine in a wheat field outside Balakliia on Tuesday,
    regional governor Oleh Syniehubov said. Since Ukrainian forces retook the area in September
    {{2022}}, mines and unexploded shells have killed
    [[at least 62 civilians|killed;a=Oleh Syniehubov]] in the Kharkiv region and wounded
    [[157|injured;a=Oleh Syniehubov]], he said. [[Two other farmers|injured]] were hurt near
    Izium last week when a disc harrow set off a buried mine. Farm groups say
    [[more than 40 tractors|other;a=Farm groups]] have been destroyed by mines in the region this
    year. The State Emergency Service said its sappers had removed
    [[about 1,700 explosive items|other;a=The State Emergency Service]] from fields in the
    district {{since January}}. The service has deployed [[about 2,500 sappers|other]] in the
    region, and [[two of them|killed;n=-]] died clearing a road near Kupiansk in April. The government says {{139,000 square kilometres}}, nearly
    {{a quarter}} of Ukraine, may be contaminated, and the World Bank puts the cost of clearing
    it at {{$37.6 billion}}.""",
)

item(
    "Three brothers killed by mortar shell they dug up in Battambang",
    """[[Three brothers|killed;a=Sar Thet]] {{aged eight, 11 and 13}} were
    killed on Sunday afternoon when a mortar shell they had dug up behind their house in
    Rattanak Mondul district exploded, district police chief Sar Thet said. Their
    {{16-year-old}} cousin lost his right leg and was taken to the provincial referral hospital.
    The boys had hoped to sell the casing to a scrap dealer, he said. Police said CMAC experts
    later found [[another 11 shells|other;a=Police]] buried in the same garden. Rattanak Mondul lies on the
    old {{K5}} belt, the band of minefields laid along the Thai border in the {{1980s}}. The
    Cambodian Mine Action and Victim Assistance Authority (CMAA) recorded
    [[58 casualties|injured;a=The Cambodian Mine Action and Victim Assistance Authority (CMAA)]]
    from mines and explosive remnants of war in {{2018}},
    [[14 of them|killed;n=-;a=The Cambodian Mine Action and Victim Assistance Authority (CMAA)]]
    fatal. Since {{1979}}, the authority says, mines and ordnance have killed
    [[19,800 Cambodians|killed;a=the authority;alt=The Cambodian Mine Action and Victim Assistance Authority (CMAA)]]
    and injured
    [[more than 45,000|injured;a=the authority;alt=The Cambodian Mine Action and Victim Assistance Authority (CMAA)]].
    The country has [[some 25,000 amputees|injured]], one of the highest ratios in the
    world.""",
)

item(
    "Boys killed by 'bombie' as Laos counts cost of secret war",
    """XIENG KHOUANG, Laos (AFP) - [[Two boys|killed;a=provincial officials]] were killed when a
    cluster bomblet they were throwing at a tree exploded in a village outside Phonsavan,
    provincial officials said on Thursday, the latest victims of a war that ended more than
    {{40 years}} ago. American planes dropped
    [[more than 270 million submunitions|other;u=other;a=the Lao National Regulatory Authority for UXO]]
    on Laos between {{1964}} and {{1973}}, and
    [[up to 80 million|other;u=other;a=the Lao National Regulatory Authority for UXO]] failed to
    explode, according to the Lao National Regulatory Authority for UXO. The authority says
    unexploded ordnance has killed or injured
    [[more than 20,000 people|injured;a=The authority;alt=the Lao National Regulatory Authority for UXO]]
    since the bombing stopped, {{40 percent}} of them children. Last year it recorded
    [[42 casualties|injured;a=the Lao National Regulatory Authority for UXO]], down from
    [[more than 300 a year|injured;n=-;a=the Lao National Regulatory Authority for UXO]] in the
    {{1990s}}. US President Barack Obama, who visited in {{2016}}, pledged {{$90 million}} over
    {{three years}} for clearance. Contamination has been confirmed in
    [[more than 9,000 villages|other]] across the country.""",
)

item(
    "Four children killed by landmine near Cuito Cuanavale",
    """[[Four children|killed;a=provincial police]] were killed and
    [[two|injured;a=provincial police]] injured when an anti-personnel mine exploded as they
    gathered firewood near Cuito Cuanavale in Angola's Cuando Cubango province, provincial police
    said on Monday. The children were {{aged between seven and 14}}. The town was the scene of
    the biggest battle of Angola's civil war in {{1987-88}}, and both sides ringed it with mines.
    Angola has [[an estimated 88,000 mine survivors|injured;a=CNIDAH]] and
    [[more than 1,000 minefields|other;u=other;a=CNIDAH]] still to clear, according to CNIDAH,
    the national demining commission. In {{2023}}, CNIDAH recorded [[33 mine casualties|injured;a=CNIDAH]] across the country,
    [[12 of them|killed;n=-;a=CNIDAH]] fatal. The HALO Trust has
    [[around 450 Angolan deminers|other]] working in the province, where the government pledged
    {{$60 million}} in {{2019}} to clear the Okavango headwaters.""",
)

item(
    "Nine children killed by old mortar shell in Afghanistan's Helmand",
    """KABUL, Afghanistan (AP) - An old mortar shell exploded as children played with it in
    southern Helmand province on Saturday, killing [[nine of them|killed;n=-;a=a police spokesman]]
    and wounding [[four|injured;a=a police spokesman]], a police spokesman said. The children had
    found the shell near a former army base in Gereshk district and were trying to take it
    apart, said Mohammad Qasim Riaz, the spokesman for the provincial police. Afghanistan remains
    one of the world's most contaminated countries after {{four decades}} of war. Unexploded
    ordnance killed or wounded [[more than 300 children|injured;a=UNICEF]] in the
    {{first nine months}} of the year, UNICEF said last month. Demining groups have laid off
    [[hundreds of deminers|other]] since foreign funding dried up after the Taliban takeover in
    August {{2021}}. The HALO Trust, the largest operator, said it had laid off
    [[about 1,600 of its staff|other;a=The HALO Trust]] in {{2022}}. {{Two days}} earlier,
    [[three boys|killed;a=local officials]] were killed by a rocket they had found in a
    riverbed in neighbouring Kandahar, local officials said.""",
)

item(
    "Family killed by booby trap on return to Mosul home",
    """MOSUL, Iraq (AFP) - [[Five members|killed;a=a civil defence officer]] of one family,
    [[three of them|killed;n=-;a=a civil defence officer]] children, were killed when a booby trap
    left by Islamic State jihadists exploded as they cleared rubble from their home in Mosul's Old
    City, a civil defence officer told AFP.
    [[Two rescue workers|injured;a=a civil defence officer]] were hurt in the recovery, he said. The family had come back from a camp
    {{two weeks}} earlier. Since the city was retaken in July {{2017}}, explosive hazards have
    killed [[at least 70 people|killed;a=the UN Mine Action Service (UNMAS)]] in Mosul, said the
    UN Mine Action Service (UNMAS). It says its teams have removed
    [[more than 45,000 explosive items|other;a=the UN Mine Action Service (UNMAS)]] from the west
    of the city, including [[about 1,100 suicide belts|other;u=other;a=the UN Mine Action Service (UNMAS)]].
    Still, [[about 8,000 families|displaced;a=the Norwegian Refugee Council]] from the Old City
    remain in camps, the Norwegian Refugee Council said.""",
)

item(
    "Children among cluster bomb casualties in Idlib",
    """[[Four children|killed;a=the Syria Civil Defence]] from one family were killed on Tuesday
    when a submunition left over from earlier bombardment exploded in an olive grove near Maarat
    Misrin, in Syria's rebel-held Idlib province, the Syria Civil Defence, known as the White
    Helmets, said. The rescue group said its teams had destroyed
    [[more than 24,000 unexploded submunitions|other;u=other;a=The rescue group;alt=the Syria Civil Defence]]
    in northwest Syria since {{2016}}. Syria had more cluster munition casualties than any other
    country for the {{eighth}} year running, the Cluster Munition Monitor said in its {{2020}}
    report, recording [[at least 147|injured;a=the Cluster Munition Monitor]] in {{2019}}. The White Helmets said remnants had
    killed [[11 people|killed;a=The White Helmets]] in the province in {{May}} alone. The United
    Nations says [[about 2.8 million people|civilians;a=The United Nations]] live in Idlib, many
    of them in [[more than 1,400 camps|capacity;a=The United Nations]] along the Turkish
    border.""",
)

item(
    "In Yemen's Taiz, amputees wait for limbs as mines keep killing",
    """TAIZ, Yemen (AP) - Abdullah Saleh was herding goats when the mine went off, taking both
    his legs below the knee. The {{14-year-old}} is now one of
    [[more than 400 people|civilians;a=Ameen al-Shaibani]] on the waiting list
    at the prosthetics workshop of al-Thawra hospital, according to the centre's director, Ameen
    al-Shaibani. The workshop has fitted [[about 1,200 amputees|aid;a=Ameen al-Shaibani]] with
    artificial limbs since {{2017}}, he said, but can make only
    [[30 limbs a month|aid;u=other;a=Ameen al-Shaibani]]. Mines laid by Houthi rebels have
    killed or maimed [[thousands of civilians|injured]] along Yemen's front lines. Yemen's
    Executive Mine Action Centre says mines have killed
    [[more than 1,200 civilians|killed;a=Yemen's Executive Mine Action Centre]] since
    {{2015}}. The
    Saudi-funded Masam project says it has removed
    [[more than 400,000 mines and explosive devices|other;n=mines and explosive devices;a=The Saudi-funded Masam project]]
    since {{mid-2018}}. [[Five of its foreign experts|killed]] died in a blast near Marib in
    {{January 2019}}.""",
)

item(
    "Colombian soldier and farmer maimed as mines shadow peace deal",
    """BOGOTA (Reuters) - A soldier lost a leg and a farmer was blinded in
    [[two separate mine blasts|other;u=other;a=the army]] in Colombia's Antioquia province this week, the army said, as the government and
    FARC rebels negotiate the end of a {{52-year}} war. Colombia has recorded
    [[11,460 victims|injured;a=Descontamina Colombia]] of landmines since {{1990}},
    [[2,295 of them|killed;n=-;a=Descontamina Colombia]] killed, according to Descontamina
    Colombia, the presidential mine action office. That is the {{second}}-highest total in the
    world after Afghanistan. Of the victims, [[1,236|injured]] were children and [[about 7,000|injured]] were soldiers
    or police, {{about 60 percent}} of the total.
    The government says [[673 municipalities|other;u=other;a=The government]] are suspected of
    having mines and aims to clear them all by {{2021}}.""",
)

item(
    "Landmine casualties soar in Myanmar as civil war spreads",
    """YANGON (AFP) - Landmines and unexploded ordnance killed or wounded
    [[1,052 people|injured;a=UNICEF]] in Myanmar in {{2023}}, UNICEF said on Wednesday, nearly
    {{triple}} the number a year earlier. {{One in five}} of the casualties was a child. In
    Kayah state, [[three villagers|killed;a=a local aid group]] going back to harvest their rice
    were killed by a mine on Sunday and [[two others|injured;a=a local aid group]] were badly
    hurt, a local aid group said. The Karenni Human Rights Group said mines had been laid around
    [[at least 40 villages|other;a=The Karenni Human Rights Group]] in the state since the {{2021}}
    coup, by both the army and resistance forces. The Landmine Monitor, which counts differently, recorded
    [[1,003 casualties|injured;a=The Landmine Monitor]] in Myanmar that year, ranking it
    {{first}} in the world. Aid groups say [[about 5 million people|civilians;a=Aid groups]] live
    in townships with mines. Myanmar has not joined the {{1997}} Mine Ban Treaty.""",
)

item(
    "Mine blast wounds road workers in Azerbaijan's Aghdam",
    """BAKU (Reuters) - [[Three road workers|injured;a=Azerbaijan's mine action agency ANAMA]]
    were wounded on Wednesday when their excavator hit an anti-tank mine in Aghdam district,
    Azerbaijan's mine action agency ANAMA said. Since the {{44-day}} war in {{2020}}, mines have
    killed [[71 people|killed;a=the agency;alt=Azerbaijan's mine action agency ANAMA]] and wounded
    [[293|injured;a=the agency;alt=Azerbaijan's mine action agency ANAMA]], the agency said, most
    of them civilians. Baku says Armenian forces left
    [[about 1.5 million mines|other;a=Baku]] in and around Karabakh, a figure Yerevan disputes.
    ANAMA says it has cleared more than {{150,000 hectares}} so far and destroyed
    [[about 190,000 mines and munitions|other;n=mines and munitions;a=ANAMA]]. The government plans to resettle
    [[140,000 former residents|returned;p;a=The government]] in the region by {{2026}}.""",
)

item(
    "Cluster bomblets kill and maim in south Lebanon after war",
    """TYRE, Lebanon (AP) - Unexploded cluster bomblets have killed
    [[14 people|killed;a=the UN Mine Action Coordination Centre]] and wounded
    [[90|injured;a=the UN Mine Action Coordination Centre]] in south Lebanon since the
    {{August 14}} ceasefire, the UN Mine Action Coordination Centre said on Thursday. The centre
    has mapped [[more than 500 strike sites|other;a=The centre;alt=the UN Mine Action Coordination Centre]]
    and believes Israel fired
    [[as many as 4 million submunitions|other;u=other;a=The centre;alt=the UN Mine Action Coordination Centre]]
    in the war, up to {{40 percent}} of which failed to explode. The UN's humanitarian chief,
    Jan Egeland, said {{90 percent}} of the strikes came in the {{final 72 hours}}. Teams have so
    far cleared [[about 27,000 bomblets|other;u=other]], and
    [[nearly 1,000 deminers|other]] from the army, the UN and charities are at work. [[Two Lebanese army deminers|killed]]
    have been killed doing the work.""",
)

item(
    "Gaza children maimed by ordnance buried in the ruins",
    """Doctors at Nasser hospital in Khan Younis said [[three children|injured;a=Doctors at Nasser hospital]]
    were brought in on Monday with shrapnel wounds after an unexploded shell went off as they
    searched rubble for firewood. Charles Birch, who heads the UN Mine Action Service in Gaza, said
    [[about 7,500 tonnes|other;a=Charles Birch]] of unexploded ordnance may be lying among
    [[42 million tonnes|other;a=Charles Birch]] of debris, and that clearing it could take
    {{14 years}}. Save the Children said an average of
    [[10 children a day|injured;a=Save the Children]] had lost one or both legs in the
    {{first three months}} of the war. Israel has said
    it dropped [[more than 29,000 munitions|other;a=Israel]] on the strip by {{December}}. The UN says
    [[about 1.9 million people|displaced;a=The UN]], {{nine in ten}} Gazans, have been forced
    from their homes.""",
)

item(
    "Two men killed by landmine while collecting firewood near Sarajevo",
    """SARAJEVO (BIRN) - [[Two men|killed;a=police]] were killed and
    another man was seriously hurt on Saturday when a mine exploded as they
    collected firewood on a hillside above Hadzici, police said. The slope lay along the
    front line of the {{1992-95}} war. Since the war ended, mines have killed
    [[615 people|killed;a=BHMAC]] in Bosnia and injured [[about 1,150|injured;a=BHMAC]],
    according to the country's Mine Action Centre, BHMAC. It estimates that
    [[about 80,000 mines|other;a=BHMAC]] are still in the ground, covering {{2 percent}} of the
    country, and that [[more than 500,000 people|civilians;a=BHMAC]] live near suspected
    hazardous areas. BHMAC says [[52 deminers|killed;a=BHMAC]] have also been killed on the job
    since {{1996}}.""",
)

item(
    "Shepherds killed by mine east of Western Sahara berm",
    """[[Two shepherds|killed;a=the Sahrawi Mine Action Coordination Office]] were killed and
    [[one|injured;a=the Sahrawi Mine Action Coordination Office]] wounded when their vehicle
    drove over a mine near Tifariti, east of the sand wall that divides Western Sahara, the
    Sahrawi Mine Action Coordination Office said. The {{2,700-kilometre}} berm built by Morocco in
    the {{1980s}} is lined with [[an estimated seven million mines|other;v=7000000]], one of the longest
    continuous minefields in the world. Mines and remnants of war in the territory have killed
    or injured [[more than 2,500 people|injured]] since {{1975}}, according to the Landmine
    Monitor. In {{2023}}, [[seven people|killed;a=the Landmine Monitor]] were killed, including
    [[three children|killed;a=the Landmine Monitor]], it said. The UN mission, MINURSO, has
    [[about 200 military observers|other]] in the
    territory.""",
)

item(
    "Lviv rehabilitation centre fits its thousandth prosthesis",
    """The Superhumans Center near Lviv has fitted
    [[more than 1,000 prostheses|aid;u=other;a=Olga Rudneva]] since
    it opened in April {{2023}}, the centre's chief executive, Olga Rudneva, said on Tuesday.
    {{About a third}} of its patients lost limbs to mines, she said.
    [[Twenty-three patients|aid]] were fitted last week alone, and
    [[about 300|civilians;a=Olga Rudneva]] are on the waiting list, she said. It employs
    [[more than 40 prosthetists|other]]. Ukraine's health ministry has put
    the number of Ukrainians who have lost a limb in the war at
    [[between 50,000 and 100,000|injured;a=Ukraine's health ministry]]. The centre plans to open
    [[four more branches|other;u=structure;p;a=The centre]] by {{2026}}.""",
)
