"""dev48 items: East, Horn and Southern Africa (Kenyan, Ugandan, Somali, Ethiopian, Sudanese,
South Sudanese, South African, Malawian, Mozambican and Zambian outlets in English)."""

from figset import F

F(
    "Floods: 38 dead, 24,000 households displaced - KRCS",
    "[[At least 38 people|killed;a=the Kenya Red Cross Society]] have died and [[over 24,000 households|displaced;a=the Kenya Red Cross Society]] have been displaced by the ongoing long rains, the Kenya Red Cross Society said on Tuesday. The Kenya Meteorological Department warned that more than {{200mm}} of rain was expected in parts of the Rift Valley. Interior Principal Secretary Esther Wambui said the government would relocate [[about 1,500 families|displaced;p;a=Interior Principal Secretary Esther Wambui;alt=Esther Wambui]] living along riparian land in Mathare.",
)
F(
    "Bandits kill three reservists in Kerio Valley",
    "Bandits shot dead [[three National Police Reservists|killed;a=the Elgeyo Marakwet County Police Commander;alt=Peter Mulinge]] and drove away [[over 300 goats|other;a=the Elgeyo Marakwet County Police Commander;alt=Peter Mulinge]] in an attack at Chesogor on Saturday, the Elgeyo Marakwet County Police Commander, Peter Mulinge, said. He said [[400 more officers|combatants;p;a=the Elgeyo Marakwet County Police Commander;alt=Peter Mulinge]] would be deployed to the valley before the end of the month.",
)
F(
    "ADF rebels kill 11 in Kasese; 21 suspects held",
    "Suspected ADF rebels killed [[11 people|killed;a=the UPDF spokesperson for the Mountains of the Moon region;alt=Lt Col Henry Mugisha;alt=Henry Mugisha]], among them [[four children|killed;a=the UPDF spokesperson for the Mountains of the Moon region;alt=Lt Col Henry Mugisha;alt=Henry Mugisha]], in a night raid on Kyabarungira village in Kasese district, {{380km}} west of Kampala, the UPDF spokesperson for the Mountains of the Moon region, Lt Col Henry Mugisha, said. Police said [[21 suspects|arrested;a=Police]] were in custody, among them a {{19-year-old}} who allegedly guided the attackers.",
)
F(
    "Bulambuli landslide: toll rises to 28, over 100 missing",
    "The death toll from the Bulambuli landslides has risen to [[28|killed;a=the Uganda Red Cross Society]], while [[more than 100 people|missing;a=the Uganda Red Cross Society]] remain unaccounted for, the Uganda Red Cross Society said. The society's spokesperson, Irene Nabwire, said [[over 40 homes|housing;a=The society's spokesperson;alt=Irene Nabwire]] in [[six villages|other;a=The society's spokesperson;alt=Irene Nabwire]] were buried under mud after {{three days}} of heavy rain.",
)
F(
    "SNA kills 70 al-Shabaab militants in Middle Shabelle",
    "The Somali National Army (SNA) says it has killed [[over 70 al-Shabaab militants|killed;a=The Somali National Army]] in an operation backed by local clan militias in Middle Shabelle region. Deputy Information Minister Abdirahman Yusuf Ali told state-run SONNA that [[two soldiers|killed;a=Deputy Information Minister Abdirahman Yusuf Ali;alt=Abdirahman Yusuf Ali]] lost their lives and [[five|injured;a=Deputy Information Minister Abdirahman Yusuf Ali;alt=Abdirahman Yusuf Ali]] were wounded.",
)
F(
    "1,500 drought-displaced arrive in Baidoa in a week",
    "[[Some 1,500 IDPs|displaced;a=the Baidoa district commissioner;alt=Abdirashid Hassan Nur]] arrived in Baidoa in {{the past week}} fleeing drought and al-Shabaab taxation in rural Bay region, the Baidoa district commissioner, Abdirashid Hassan Nur, said. He said [[about 500 households|aid;a=the Baidoa district commissioner;alt=Abdirashid Hassan Nur]] among the new arrivals had received cash transfers of {{$60}} each, but [[hundreds more|displaced;n=-;a=the Baidoa district commissioner;alt=Abdirashid Hassan Nur]] were sleeping in the open.",
)
F(
    "Fano clashes: 25 civilians killed in Amhara town",
    "[[At least 25 civilians|killed;a=residents]] were killed during fighting between federal forces and Fano militia in the town of Merawi, residents told Addis Standard. A resident who asked not to be named said [[hundreds of residents|displaced;a=A resident who asked not to be named]] had fled to nearby rural kebeles, while [[five houses|housing;a=A resident who asked not to be named]] were set on fire.",
)
F(
    "18,000 IDPs return to Tselemti",
    "[[About 18,000 IDPs|returned;a=the Tigray Interim Administration]] have returned to their homes in Tselemti woreda in the {{first}} phase of a return programme, the Tigray Interim Administration said on Monday. [[The remaining 40,000|displaced;a=the administration;alt=the Tigray Interim Administration]] sheltering in schools in Shire would return in the {{second}} phase, the administration said.",
)
F(
    "Shelling kills 40 in Abu Shouk camp",
    "[[At least 40 people|killed;a=the Sudan Doctors Network]], [[19 of them|killed;n=-;a=the Sudan Doctors Network]] children, were killed when the Rapid Support Forces shelled Abu Shouk displacement camp north of El Fasher on Friday, the Sudan Doctors Network said. The Emergency Response Rooms in El Fasher said [[over 2,000 families|displaced;a=The Emergency Response Rooms in El Fasher]] had fled the camp toward Tawila since the shelling began.",
)
F(
    "RSF attack kills over 100 villagers in Gezira",
    "[[More than 100 villagers|killed;a=the Madani Resistance Committees]] were killed when Rapid Support Forces fighters stormed Wad al-Noura village in Gezira State, the Madani Resistance Committees said in a statement. The committees said [[dozens of people|injured;a=The committees;alt=the Madani Resistance Committees]] were injured and that the attackers, riding in [[about 40 pickup trucks|other;n=trucks;a=The committees;alt=the Madani Resistance Committees]], looted the village's livestock.",
)
F(
    "Cattle raid kills 32 in Jonglei",
    "[[At least 32 people|killed;a=Jonglei State Information Minister Deng Ajak Akot;alt=Deng Ajak Akot]] were killed and [[17 women and children|kidnapped;n=women and children;a=Jonglei State Information Minister Deng Ajak Akot;alt=Deng Ajak Akot]] abducted when armed youths from the Greater Pibor Administrative Area raided cattle camps in Duk County, Jonglei State Information Minister Deng Ajak Akot said. He said the raiders made away with [[over 7,000 head of cattle|other;a=Jonglei State Information Minister Deng Ajak Akot;alt=Deng Ajak Akot]].",
)
F(
    "Operation Shanela nets 512 suspects",
    "Police arrested [[512 suspects|arrested;a=national police spokesperson Brigadier Thandi Mokoena;alt=Thandi Mokoena]] during Operation Shanela in the past week, among them [[83 wanted for murder|arrested;n=-;a=national police spokesperson Brigadier Thandi Mokoena;alt=Thandi Mokoena]], national police spokesperson Brigadier Thandi Mokoena said on Monday. She said officers also confiscated [[61 firearms|other;a=national police spokesperson Brigadier Thandi Mokoena;alt=Thandi Mokoena]] and [[1,240 rounds of ammunition|other;n=rounds;a=national police spokesperson Brigadier Thandi Mokoena;alt=Thandi Mokoena]], and drugs worth {{R3.2 million}}.",
)
F(
    "Eastern Cape floods: 49 dead, N2 closed",
    "The death toll from floods in the Eastern Cape has climbed to [[49|killed;a=the provincial disaster management centre]], the provincial disaster management centre said on Wednesday. [[More than 1,200 houses|housing]] were damaged and [[about 3,400 people|displaced]] were sheltering in [[28 community halls|capacity;u=structure]] around Mthatha, where the {{N2}} remained closed near the Mthatha River bridge.",
)
F(
    "Masiphumelele fire leaves 1,500 homeless",
    "[[About 400 shacks|housing;u=structure;a=the City of Cape Town Fire and Rescue Service]] were destroyed and [[some 1,500 people|displaced;a=the City of Cape Town Fire and Rescue Service]] left homeless in a fire in Masiphumelele that broke out at around {{3am}} on Sunday, the City of Cape Town Fire and Rescue Service said. Spokesperson Nadia Fortuin said [[more than 60 firefighters|other;a=Spokesperson Nadia Fortuin;alt=Nadia Fortuin]] and [[15 fire engines|other;u=other;a=Spokesperson Nadia Fortuin;alt=Nadia Fortuin]] fought the blaze for {{six hours}}.",
)
F(
    "KNCHR: 19 killed in Finance Bill protests",
    "[[At least 19 people|killed;a=the Kenya National Commission on Human Rights]] have been killed and [[531|injured;a=the Kenya National Commission on Human Rights]] injured since the protests against the {{Finance Bill 2024}} began, the Kenya National Commission on Human Rights said. The commission also documented [[over 600 arrests|arrested;a=The commission;alt=the Kenya National Commission on Human Rights]] and said [[32 people|missing;a=The commission;alt=the Kenya National Commission on Human Rights]] were still missing after being picked up by unknown men.",
)
F(
    "Gofa landslide death toll rises to 257",
    "The death toll from the landslides in Kencho Shacha Gozdi district of Gofa Zone has risen to [[257|killed;a=the Gofa Zone Government Communication Affairs Department]], the Gofa Zone Government Communication Affairs Department said on Thursday. It said [[more than 15,000 people|displaced;p;a=the Gofa Zone Government Communication Affairs Department]] living on the slopes needed to be evacuated.",
)
F(
    "Floods displace 12,000 households in Nsanje",
    "Floods have displaced [[about 12,000 households|displaced;a=the Department of Disaster Management Affairs]] in Nsanje and Chikwawa districts, the Department of Disaster Management Affairs (DoDMA) said. DoDMA spokesperson Chikondi Banda said the families were sheltering in [[42 camps|capacity;a=DoDMA spokesperson Chikondi Banda;alt=Chikondi Banda]] and that [[over 30 school blocks|housing;u=structure;a=DoDMA spokesperson Chikondi Banda;alt=Chikondi Banda]] had been damaged.",
)
F(
    "Insurgents behead 11 in Cabo Delgado",
    "Insurgents beheaded [[11 people|killed;a=local sources]] in raids on villages in Muidumbe district over the weekend, local sources told Zitamar News. [[About 2,500 people|displaced;a=the district administrator]] have fled to Mueda town, the district administrator said, adding that [[between 10 and 15 houses|housing;a=the district administrator]] were torched in Mandava.",
)
F(
    "Cholera: Zambia records 410 deaths",
    "Zambia has recorded [[over 10,000 cholera cases|other;a=Health Minister Grace Mwansa;alt=Grace Mwansa]] and [[410 deaths|killed;a=Health Minister Grace Mwansa;alt=Grace Mwansa]] since the outbreak began in {{October}}, Health Minister Grace Mwansa said. The treatment centre at the Heroes Stadium in Lusaka has a capacity of [[1,000 beds|capacity]] and had admitted [[over 700 patients|other]] by Sunday.",
)
F(
    "Congolese refugees arrive at Nyakabande",
    "[[Over 2,300 Congolese refugees|displaced;a=the Office of the Prime Minister]] have crossed into Kisoro district since Friday, the Office of the Prime Minister (OPM) said. The OPM's refugee desk officer in Kisoro said [[about 600 people a day|displaced;a=The OPM's refugee desk officer in Kisoro]] were arriving at Nyakabande transit centre, which was built to host [[1,000 people|capacity;a=The OPM's refugee desk officer in Kisoro]].",
)
F(
    "Shabelle floods displace 90,000 in Beledweyne",
    "[[Over 90,000 people|displaced;a=the Hirshabelle State Disaster Management Agency]] have been displaced in Beledweyne after the Shabelle River burst its banks, the Hirshabelle State Disaster Management Agency said. The agency said it had deployed [[24 boats|other;a=The agency;alt=the Hirshabelle State Disaster Management Agency]] to rescue families trapped in [[nine villages|other;a=The agency;alt=the Hirshabelle State Disaster Management Agency]] around the town.",
)
F(
    "Seven drown, five missing in Lake Victoria",
    "[[Seven people|killed;a=the Migori County Police Commander;alt=Mark Wanjala]] drowned and [[five others|missing;n=-;a=the Migori County Police Commander;alt=Mark Wanjala]] are missing after a boat carrying [[23 traders|other;a=the Migori County Police Commander;alt=Mark Wanjala]] capsized on Lake Victoria off Muhuru Bay, the Migori County Police Commander, Mark Wanjala, said. The boat was about {{2km}} from the shore.",
)
F(
    "Returnees from Sudan swell Renk transit centre",
    "[[Twenty-three thousand returnees|returned;a=the Relief and Rehabilitation Commission]] crossed from Sudan into Renk in {{April}} alone, the Relief and Rehabilitation Commission said. The transit centre in Renk, meant for [[about 5,000 people|capacity;a=the commission's director in Renk]], now hosts [[over 17,000|displaced;a=the commission's director in Renk]], the commission's director in Renk said.",
)
F(
    "Gabra-Borana clashes: six killed in Marsabit",
    "[[At least six people|killed;a=Marsabit County Commissioner James Kamau;alt=James Kamau]] were killed and [[about 200 households|displaced;a=Marsabit County Commissioner James Kamau;alt=James Kamau]] displaced in renewed clashes between Gabra and Borana communities at Dirib Gombo, Marsabit County Commissioner James Kamau said. A dusk-to-dawn curfew from {{6pm}} to {{6am}} was imposed and [[400 police officers|combatants]] were sent to the area.",
)
F(
    "Jijiga police detain three dozen youths",
    "Police in Jijiga have detained [[three dozen youths|arrested;a=the Somali Regional State police commission]] suspected of taking part in clashes at the town's main market, the Somali Regional State police commission said. [[Two people|killed]] died and [[14|injured]] were injured in the violence, which began on Tuesday over a land dispute.",
)
F(
    "Man charged over Kibera stabbing",
    "A {{32-year-old}} boda boda rider was on Monday charged at the Kibera Law Courts with murder under {{Section 203}} of the Penal Code over the stabbing of a customer at a stage on Ngong Road. Chief Magistrate Esther Kimani released him on a cash bail of {{KSh 500,000}} and directed that the case be mentioned on {{March 14}}.",
)
F(
    "Turkana drought: 12,000 households get cash transfers",
    "[[Between 40,000 and 50,000 people|civilians;a=the Turkana County government]] in Turkana North and Kibish are facing acute hunger, the Turkana County government said on Friday. County executive for public service Mary Ekai said [[12,000 households|aid;a=County executive for public service Mary Ekai;alt=Mary Ekai]] had received cash transfers of {{KSh 3,000}} each and that [[as many as 60 water bowsers|aid;u=other;a=County executive for public service Mary Ekai;alt=Mary Ekai]] would be deployed to the worst-hit villages.",
)
