"""dev48 items: South-East Asia and the Middle East (Filipino, Indonesian and Myanmar papers in
English; Yemeni, Iraqi and Syrian local media in English, some of it translated)."""

from figset import F

F(
    "Kristine: 14 dead, 5,000 families in evacuation centers",
    "[[At least 14 people|killed;a=the National Disaster Risk Reduction and Management Council]] died and [[over 5,000 families|displaced;a=the National Disaster Risk Reduction and Management Council]] are staying in [[120 evacuation centers|capacity;a=the National Disaster Risk Reduction and Management Council]] in the Bicol Region as Severe Tropical Storm Kristine battered the area, the National Disaster Risk Reduction and Management Council (NDRRMC) said. The Department of Social Welfare and Development said it had distributed [[over 20,000 family food packs|aid;a=The Department of Social Welfare and Development]] to the evacuees. PAGASA raised {{Wind Signal 3}} over Catanduanes and Camarines Sur, with gusts of up to {{150 km/h}}.",
)
F(
    "Five Dawlah Islamiyah members killed in Maguindanao clash",
    "[[Five suspected members of the Dawlah Islamiyah|killed;n=members;a=the spokesperson of the 6th Infantry Division;alt=Lt Col Ramon Velasco;alt=Ramon Velasco]] were killed in an encounter with government troops in Datu Hoffer, Maguindanao del Sur, the spokesperson of the {{6th Infantry Division}}, Lt Col Ramon Velasco, said. He said the soldiers recovered [[six high-powered firearms|other;a=the spokesperson of the 6th Infantry Division;alt=Lt Col Ramon Velasco;alt=Ramon Velasco]] and [[two soldiers|injured;a=the spokesperson of the 6th Infantry Division;alt=Lt Col Ramon Velasco;alt=Ramon Velasco]] were wounded.",
)
F(
    "Tondo fire leaves 2,000 families homeless",
    "[[Some 2,000 families|displaced;a=the Bureau of Fire Protection]] lost their homes when fire razed [[about 1,000 houses|housing;a=the Bureau of Fire Protection]] in a densely populated area of Tondo, Manila on Sunday, the Bureau of Fire Protection said. The fire reached the {{fifth alarm}} at {{11:22am}} and was declared under control after {{seven hours}}. The displaced residents are staying in [[three schools|capacity]] and a covered court.",
)
F(
    "68 OFWs from Lebanon arrive",
    "[[Sixty-eight overseas Filipino workers|returned;n=workers;a=the Department of Migrant Workers]] who fled the fighting in Lebanon arrived at NAIA {{Terminal 3}} on Wednesday night, the Department of Migrant Workers (DMW) said. The DMW said [[about 1,500 more|returned;p;n=-;a=The DMW;alt=the Department of Migrant Workers]] have signified their intention to be repatriated and would receive {{P150,000}} each in financial assistance.",
)
F(
    "Floods, landslides in West Sumatra: 67 dead",
    "[[At least 67 people|killed;a=the National Disaster Management Agency]] have died and [[20 others|missing;n=-;a=the National Disaster Management Agency]] are missing after cold lava floods and landslides hit [[four regencies|other;u=other;a=the National Disaster Management Agency]] in West Sumatra, the National Disaster Management Agency (BNPB) said. BNPB spokesperson Yusuf Hadiwijaya said [[over 3,000 people|displaced;a=BNPB spokesperson Yusuf Hadiwijaya;alt=Yusuf Hadiwijaya]] had been evacuated and [[1,200 houses|housing;a=BNPB spokesperson Yusuf Hadiwijaya;alt=Yusuf Hadiwijaya]] damaged.",
)
F(
    "Armed group kills six construction workers in Papua",
    "An armed criminal group (KKB) killed [[six construction workers|killed;a=the spokesperson of the Cartenz Peace Operation Task Force;alt=Commissioner Agus Santoso;alt=Agus Santoso]] building a bridge in Intan Jaya regency, the spokesperson of the Cartenz Peace Operation Task Force, Commissioner Agus Santoso, said. He said the attackers, numbering [[around 30|combatants;a=the spokesperson of the Cartenz Peace Operation Task Force;alt=Commissioner Agus Santoso;alt=Agus Santoso]], also burned [[two heavy vehicles|other;a=the spokesperson of the Cartenz Peace Operation Task Force;alt=Commissioner Agus Santoso;alt=Agus Santoso]].",
)
F(
    "150 Rohingya land in Aceh",
    "[[Around 150 Rohingya refugees|displaced;a=the head of the local fishermen's community;alt=Teuku Zulkifli]], most of them women and children, landed on a beach in Pidie regency early on Sunday, the head of the local fishermen's community, Teuku Zulkifli, said. He said [[seven|killed;a=the head of the local fishermen's community;alt=Teuku Zulkifli]] had died during the {{two-week}} voyage from Cox's Bazar.",
)
F(
    "Lewotobi eruption: 10 dead, 2,400 evacuated",
    "[[Ten people|killed;a=the regional disaster mitigation agency]] were killed and [[over 2,400 residents|displaced;a=the regional disaster mitigation agency]] evacuated after Mount Lewi Lewotobi Laki-laki erupted overnight, the regional disaster mitigation agency said. The Centre for Volcanology and Geological Hazard Mitigation widened the exclusion zone to {{7km}} from the crater.",
)
F(
    "31 killed in US strikes on Sanaa: health ministry",
    "[[At least 31 people|killed;a=the Houthi-run health ministry]] were killed and [[more than 100|injured;a=the Houthi-run health ministry]] injured in US strikes on residential neighbourhoods of Sanaa and Saada, the Houthi-run health ministry said, according to the Saba news agency. Ministry spokesman Ahmed al-Sharafi said [[19 of the dead|killed;n=-;a=Ministry spokesman Ahmed al-Sharafi;alt=Ahmed al-Sharafi]] were women and children.",
)
F(
    "Cholera spreads in Taiz",
    "The health office in Taiz has recorded [[over 2,400 suspected cholera cases|other;a=The health office in Taiz]] and [[27 deaths|killed;a=The health office in Taiz]] since {{March}}, the office's director told Almasdar Online. He said [[three treatment centres|other;u=structure;a=the office's director]] were overwhelmed and that {{40%}} of the cases were children under {{five}}.",
)
F(
    "68 migrants drown off Abyan, 74 missing",
    "[[Sixty-eight African migrants|killed;n=migrants;a=the International Organization for Migration]] drowned and [[74|missing;a=the International Organization for Migration]] are missing after their boat capsized off the coast of Abyan, the International Organization for Migration said. The boat was carrying [[154 Ethiopian migrants|other]], and [[12 survivors|other;a=the security director of Abyan]] were rescued, the security director of Abyan said.",
)
F(
    "Security Media Cell: three ISIS terrorists killed in Hamrin airstrike",
    "[[Three ISIS terrorists|killed;a=the Security Media Cell]] were killed in an airstrike carried out by Iraqi {{F-16}} jets on a hideout in the Hamrin mountains, the Security Media Cell said in a statement. Troops of the {{5th Division}} later searched the area and destroyed [[four caves|other;u=other;a=the statement;alt=the Security Media Cell]] used by the terrorists, the statement said.",
)
F(
    "150 families return to Sinjar from Duhok camps",
    "[[150 families|returned;a=the Ministry of Migration and Displacement]] returned to Sinjar from camps in Duhok on Thursday, the Ministry of Migration and Displacement said. [[Around 200,000 Yazidis|displaced;a=the ministry;alt=the Ministry of Migration and Displacement]] still live in [[15 camps|capacity;a=the ministry;alt=the Ministry of Migration and Displacement]] in the Kurdistan Region, according to the ministry.",
)
F(
    "Shelling kills nine civilians in Idlib: Civil Defence",
    "[[At least nine civilians|killed;a=the Syrian Civil Defence]], including [[four children|killed;a=the Syrian Civil Defence]], were killed and [[17|injured;a=the Syrian Civil Defence]] injured in artillery shelling on the town of Ariha, the Syrian Civil Defence said. The town lies south of the {{M4}} highway.",
)
F(
    "Sweida clashes: over 1,000 killed",
    "[[More than 1,000 people|killed;a=the Syrian Observatory for Human Rights]] have been killed in {{one week}} of clashes in Sweida province, the Syrian Observatory for Human Rights said. The Syrian Network for Human Rights put the toll at [[558|killed;a=The Syrian Network for Human Rights]], and local officials said [[over 2,000 families|displaced;a=local officials]] had fled to Daraa.",
)
F(
    "400,000 Syrians returned from Lebanon",
    "[[About 400,000 Syrians|returned;a=the General Directorate of Passports and Immigration]] have returned from Lebanon through the Jdeidet Yabous crossing since {{December}}, the General Directorate of Passports and Immigration said. An official at the crossing said [[up to 3,000 people a day|returned;a=An official at the crossing]] were still arriving.",
)
F(
    "Floods damage 1,100 shelters in Marib camps",
    "Floods damaged [[about 1,100 shelters|housing;a=the Executive Unit for IDP Camps]] and affected [[over 5,000 households|civilians;a=the Executive Unit for IDP Camps]] in [[73 displacement sites|capacity;a=the Executive Unit for IDP Camps]] in Marib governorate, the Executive Unit for IDP Camps said. [[Two children|killed]] drowned in al-Jufainah camp.",
)
F(
    "Junta airstrike kills 27 villagers in Sagaing",
    "A military airstrike killed [[at least 27 villagers|killed;a=a local resistance official]], among them [[eight children|killed;a=a local resistance official]], in a village in Kanbalu township, a local resistance official told The Irrawaddy. [[About 3,000 residents|displaced;a=the official;alt=a local resistance official]] fled to the forest after the strike, the official said.",
)
F(
    "Coast Guard rescues 31 from sinking ferry",
    "The Philippine Coast Guard rescued [[31 passengers|other;a=Coast Guard spokesperson Captain Noemi Dizon;alt=Noemi Dizon]] and [[eight crew members|other;a=Coast Guard spokesperson Captain Noemi Dizon;alt=Noemi Dizon]] from the {{Lite Ferry 8}} after it took in water off Bohol, Coast Guard spokesperson Captain Noemi Dizon said. [[Three passengers|missing]] were still unaccounted for as of {{6pm}}.",
)
F(
    "Jakarta riots: 10 dead, 3,195 detained",
    "[[At least 10 people|killed;a=the National Commission on Human Rights]] died in the riots that spread from Jakarta to other cities, the National Commission on Human Rights (Komnas HAM) said. The National Police said [[3,195 people|arrested;a=The National Police]] had been detained, of whom [[55|arrested;a=The National Police]] were named suspects.",
)
F(
    "Iraqi forces arrest twenty-three suspects in Anbar",
    "Iraqi security forces arrested [[twenty-three suspects|arrested;a=the Anbar Operations Command]] wanted under {{Article 4}} of the anti-terrorism law in raids across the western desert of Anbar, the Anbar Operations Command said. It said the suspects were transferred to the authorities in Ramadi.",
)
F(
    "Houthis, government agree to swap 887 detainees",
    "The Houthis and the Yemeni government have agreed to release [[887 detainees|other;p;a=the Houthi negotiator;alt=Abdulmalik al-Hamzi]] in an exchange to be carried out in {{three days}}, the Houthi negotiator, Abdulmalik al-Hamzi, said. The government delegation said the deal included [[19 Saudi|other;p;n=-;a=The government delegation]] and [[three Sudanese prisoners|other;p;a=The government delegation]].",
)
F(
    "Duhok villages emptied by Turkish strikes",
    "[[Two civilians|killed;a=the mayor of Kani Masi;alt=Sarbast Sabri]] were killed in a Turkish drone strike near Kani Masi, the mayor of Kani Masi, Sarbast Sabri, said. He said [[more than 30 villages|other;a=the mayor of Kani Masi;alt=Sarbast Sabri]] in the subdistrict had been emptied of their people since {{2019}}.",
)
F(
    "Basra: 27 wounded as protesters storm council",
    "[[Twenty-seven people|injured;a=the Basra health directorate]], [[15 of them|injured;n=-;a=the Basra health directorate]] members of the security forces, were wounded when protesters angry over power cuts stormed the provincial council building in Basra, the Basra health directorate said. Temperatures in the city reached {{51C}} on Saturday.",
)
