#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"

/*
 * Words chosen from what residents, referrers and workers write in Dutch
 * intake questions, by word family: inflections, everyday phrases ("geen
 * werk", "drink te veel"), common misspellings, the heads of compounds
 * ('*'), euphemisms ("wil er niet meer zijn").  Prefixes are kept long
 * enough not to catch everyday words ("huur", and "huis" only as a whole
 * word, so not "huisarts" or "huiselijk"); false friends are "not" lines.
 * Judged by tests/cli/oer-intake/lexicon-recall.sh on the labelled
 * questions in tests/data/lexicon.
 */
const char lexicon_builtin_text[] =
"# OER intake lexicon: CATEGORY PHRASE (word prefixes, case and accents ignored)\n"
"#\n"
"# CATEGORY: a domain key or Dutch name, crisis, safety or not; several\n"
"# joined by ',' (crisis,mental_health).  PHRASE: words, the last may be a\n"
"# prefix.  '*' first: may also start inside a word (Dutch compounds put the\n"
"# head last: *schuld in huurschuld).  '$' last: ends where a word ends.\n"
"# 'a | b': alternatives.  'a & b': each part somewhere in the question.\n"
"# 'not': whole words that look like an entry but are none (geweldig).\n"
"# Negation cancels nothing: \"niet veilig\" is a safety signal.\n"
"\n"
"# --- finances ---------------------------------------------------------------\n"
"finances *schuld | shuld | schulden\n"
"not schuldig | schuldige | onschuldig | onschuldige | schuldgevoel | schuldgevoelens\n"
"finances *geld | geldzorg | financ\n"
"not geldig | geldige | ongeldig | ongeldige | gelden | geldt | geldend | vergelding\n"
"finances *rekening | afschrift\n"
"not rekening houden | rekening mee | rekening gehouden | rekening met\n"
"finances incasso | deurwaa | aanmaning | betalingsachterstand | achterstand |"
" huurachterstand | energieachterstand\n"
"finances beslag | loonbeslag | bewind | beschermingsbewind | budget | schuldhulp |"
" schuldsanering | wsnp$ | kwijtschelding | minima$ | minimaregeling | minimabeleid\n"
"not beslag genomen\n"
"finances *uitkering | uitker | uitkeer | bijstand | *toeslag | kinderbijslag |"
" alimentatie | aow$\n"
"finances *inkomen | inkomsten | salaris | loon$ | armoede | voedselbank |"
" voedselpakket | cjib | boete$ | boetes | *boete$ | *boetes\n"
"finances belasting | inkomstenbelasting | gemeentebelasting | waterschapsbelasting |"
" afsluiting | afgesloten van | wordt afgesloten | gas en licht | energierekening |"
" energieleverancier | energiekosten | energieprijzen\n"
"finances *betal | betaal | te duur | kosten niet\n"
"finances rondkom | rond te komen | rond komen | niet rond$ | kom ik niet rond |"
" krap bij kas | lening | aflos | rood staan | staan rood | sta rood | staat rood\n"
"finances euro | zorgverzeker | premie | eigen risico | eigen bijdrage | bankzaken |"
" bankpas | pinpas | geldzaken | spaargeld | schuldeiser | participatiewet | failliet |"
" faillissement | vaste lasten | bkr$ | krediet | geleend | leent geld | lenen$ |"
" huishoudboekje | budgettraining | saldo | geldgebrek\n"
"finances,instrumental_adl *administratie | post niet open | post open | ongeopende |"
" enveloppen | post ligt | post liggen | post stapelt | post niet\n"
"finances,instrumental_adl aangifte inkomstenbelasting | belastingaangifte |"
" aangifte belasting | aangifte ib$ | aangifte voor de belasting\n"
"finances huur & betal | betaal | opbrengen | te hoog | duur$\n"
"\n"
"# --- work and education -----------------------------------------------------\n"
"work_education werklo | werkelo | ontslag | baan$ | banen | baantje | job$ | jobs$\n"
"not ontslagen uit het | ontslagen uit de kliniek\n"
"work_education sollicit | solicit | werkgever | werknemer | collega | baas$ |"
" reorganisatie | arbeid | werkervaring | werkzoek | uwv | ww$ | wia$ | wajong |"
" ziektewet | afgekeurd | re integratie | reintegratie\n"
"work_education geen werk | zonder werk | zoek werk | werk zoeken | werk vinden |"
" werk te vinden | werk kwijt | werk verloren | mijn werk | het werk | op het werk |"
" aan het werk | aan werk | naar werk | ander werk | weer werken | niet meer werken |"
" kan niet werken | niet werken | betaald werk | werkplek | werkplaats | werkdruk |"
" werkstress\n"
"work_education contract$ | nulurencontract | uitzend | flexwerk | vacature | zzp |"
" eigen bedrijf | opdrachten | ondernemer\n"
"work_education *school | scholier | leerling | klas$ | klassen | klasgenoot |"
" klasgenoten | leraar | lerares | docent | mentor | juf$ | leerplicht | thuiszitter |"
" spijbel | verzuim | uitgevallen\n"
"not vanuit school | vanuit de school | aanmelding vanuit school | melding vanuit school\n"
"work_education studie | studeren | student | *opleiding | diploma | mbo | hbo$ | vmbo |"
" havo | vwo$ | universiteit | stage | leerwerk | lezen en schrijven | laaggeletterd |"
" huiswerk | bijles | middelbare | examen | dyslexie | leerbaan | analfabe | cursus\n"
"\n"
"# --- time use ---------------------------------------------------------------\n"
"time_use dagbesteding | dagritme | *ritme | dagstructuur | structuur | tijdsbesteding |"
" verveel | verveling | niets te doen | niks te doen | niks meer te doen |"
" niets meer te doen | doet verder niks | doet verder niets | zit de hele dag |"
" zit hele dagen | hele dag alleen\n"
"time_use hangt op straat | hangen op straat | op straat hangen | hangt de hele dag |"
" hele dag thuis | hele dag op straat | hele dag op zijn kamer | hele dag op haar kamer |"
" hele dag op de bank | hele dag niks | hele dag niets | hele dag binnen | hangt rond |"
" op straat rond | rondhang | hangjongere\n"
"time_use om handen | dagactiviteit | zit maar thuis | zit alleen maar thuis |"
" zit maar wat thuis | hangt op de bank | hangt maar wat | dag en nacht omgedraaid |"
" gamen | gamet | game$ | gaming | hobby | vrije tijd | zinvol | nuttig | omhanden |"
" bezigheid | overdag | mijn tijd | mijn dagen | lege dagen | dagen zijn leeg\n"
"time_use,community_participation vrijwilligerswerk\n"
"\n"
"# --- housing ----------------------------------------------------------------\n"
"housing *huur | verhuurder | huisbaas | huisjesmelker | *woning | woonruimte |"
" woonsituatie | woonplek | woonvorm | woonbegeleiding | beschermd wonen |"
" begeleid wonen | huisvesting\n"
"not schuur | schuurtje | schuurt | naar huis | in huis\n"
"housing zwerf | *uitzetting | huisuitzetting | uitgezet | uit huis | het huis uit |"
" huis uit$ | woning uit | ontruim | opvang$ | opvanglocatie | maatschappelijke opvang |"
" nachtopvang | daklozenopvang | vrouwenopvang | crisisopvang | slaapplek | slaapplaats |"
" onderdak | dak boven\n"
"housing verhuiz | verhuis | schimmel | vocht | lekkage | ongedierte | muizen |"
" kakkerlak | vervuil | onderhoud aan | achterstallig onderhoud | verwarming | cv ketel |"
" verbouw\n"
"housing urgentie | woningzoekend | corporatie | woningbouw | sociale huur |"
" appartement | *flat | studio$ | kamer gezocht | kamer zoeken | op kamers |"
" op mezelf wonen | op zichzelf wonen | op mezelf gaan | op zichzelf gaan |"
" zelfstandig wonen\n"
"housing woon bij mijn | woont bij haar | woont bij zijn | wonen bij mijn | huis$ |"
" huizen$ | huisje | thuis weg | logeer | bank slapen | op de bank bij |"
" bij een vriend op de bank | bij vrienden op de bank | tijdelijk bij | woon tijdelijk |"
" wonen met zijn | wonen met z n | wonen met ons | te klein voor\n"
"housing overlast | herrie | kraakpand | antikraak | anti kraak | hospita | lekt$ |"
" lekkend | asbest | overbewoning | woonwagen | caravan | chalet | vakantiepark |"
" woonboot | geen adres | briefadres | postadres | geluidsoverlast | burenruzie |"
" bovenburen | onderburen | met de buren | met mijn buren | buren klagen |"
" sleutel inleveren | sleutels inleveren | sloten vervangen | in een container |"
" slaapkamer boven | slaapkamer is boven | traplift | woningaanpassing | regent binnen |"
" regent het binnen | gat in het dak | dak lekt\n"
"housing buurman | buurvrouw | buren$ | bovenbuurman | onderbuurman | benedenburen &"
" bedreig | dreigt | overlast | ruzie | herrie | lawaai | klaagt | klagen | scheld |"
" uitgescholden | lastig | pest | agressief | intimid | banden lek\n"
"instrumental_adl vervuil\n"
"\n"
"# --- domestic relations -----------------------------------------------------\n"
"domestic_relations ruzie | relatie | partner | echtgeno | huwelijk | getrouwd |"
" *scheiding | scheiden | gescheiden | uit elkaar | ex$ | vreemdgegaan | vreemd gegaan |"
" overspel\n"
"domestic_relations ouderschap | bezoekregeling | driftbui | jeugdzorg | jeugdhulp |"
" gezinsvoogd | ondertoezichtstelling | uithuisplaatsing | ots$ | opvoed |"
" gezinsproblemen | gezinssituatie | gezinsleven | omgang | co ouder | coouder |"
" voogdij | ouderlijk gezag | alimentatie | pleeg | adoptie | geadopteerd | stief |"
" puber | tiener | luistert niet | luisteren niet | gedrag | spanningen thuis |"
" spanning thuis | thuissituatie | sfeer thuis | botsen | botsing | conflict\n"
"domestic_relations huiselijk geweld | partnergeweld | kindermishandel |"
" ouderenmishandel | eergerelateerd | eerwraak | huwelijksdwang | uithuwelijk |"
" gedwongen huwelijk | gedwongen te trouwen | vechtscheiding | veilig thuis |"
" thuis mishandeld | thuis geslagen | thuis geweld | geweld thuis | thuis onveilig |"
" onveilig thuis | thuis niet veilig | thuis met de riem | als ik wegga | als ik weg ga |"
" als ik bij hem weg | sta er alleen voor | staat er alleen voor |"
" alleen voor de kinderen | alleen met de kinderen | broertjes | zusjes\n"
"# a family member and violence, anywhere in the question\n"
"domestic_relations mijn man$ | mn man$ | m n man$ | haar man$ | je man$ | mijn vrouw$ |"
" mn vrouw$ | zijn vrouw$ | partner | mijn vriend$ | mn vriend$ | haar vriend$ |"
" vriendje | mijn vriendin | mn vriendin | zijn vriendin | haar vriendin | ex$ |"
" echtgeno | vader | moeder | papa | mama | stief | zoon | dochter | broer | zus$ |"
" zusje | broertje | oom$ | tante | opa$ | oma$ | neef | nicht | kind$ | kinderen |"
" kindje | baby | peuter | kleuter | leerling | ouders | schoonfamilie | schoonmoeder |"
" schoonvader | gezin | familie | jongste | oudste | kleinzoon | kleindochter |"
" kleinkind | bij de buren & slaat | slaan | sla me$ | sla mij | sloeg | geslagen |"
" schop | geschopt | trapt | getrapt | stomp | gestompt | duwt | duwde | geduwd | mept |"
" gemept | wurg | gewurgd | bij de keel | naar de keel | keel dicht | klap$ | klappen |"
" mishandel | misbruik | verkracht | aanrand | aangerand | bedreig | dreigt me$ |"
" dreigt mij$ | dreigt ons | dreigt haar | dreigt hem | dreigt de | gedreigd | dreigde |"
" agressie | agressief | *geweld | kleineert | kleineren | vernedert |"
" controleert alles | opgesloten | sluit me op | sluit mij op | blauwe plek | riem$ |"
" pak slaag | bang voor mijn | bang voor haar | bang voor zijn | bang voor hun |"
" bang voor hem | doodsbang | onveilig | niet veilig | iets aan te doen | iets aandoe |"
" doodmaak | dood maken | vermoord | verwaarlo | zit aan me$ | zit aan mij$ |"
" in haar bed | in mijn bed | gedwongen | dwingt | chanteer | gechanteerd | mag niemand |"
" mag het huis niet | mag niet alleen | mag geen eigen geld | stalk | achtervolg |"
" in de gaten | uitgescholden | afpak | afgepakt | pensioen af | geld af$ |"
" uitkering af | telefoon controle | controleert | kijkt in mijn telefoon |"
" kijkt in haar telefoon | bepaalt alles | zonder hem de deur | de deur niet uit |"
" kapot maakt | kapotmaakt | maakt haar kapot | maakt me kapot | naaktfoto | seksue |"
" loverboy | huis uit gezet | de deur uit gezet | eruit gezet | buiten gezet |"
" portemonnee | steelt | mag niet naar school | zonder loon | brandwond | onverklaarbare\n"
"domestic_relations mijn man$ | mn man$ | haar man$ | je man$ | zijn vrouw$ |"
" mijn vrouw$ | mn vrouw$ | mijn vriend$ | mn vriend$ | haar vriend$ | mijn vriendin |"
" mn vriendin | zijn vriendin | haar vriendin | mijn partner | haar partner |"
" zijn partner | echtgeno & vertrokken | weggegaan | verlaten | bij me weg |"
" bij mij weg | bij hem weg | bij haar weg | terugkomt | terug komt | verberg |"
" geheim voor | wil dat ik | wil weg$ | zit in de gevangenis | zit vast | jaloers |"
" begrijpt me niet\n"
"\n"
"# --- mental health ----------------------------------------------------------\n"
"mental_health depri | gestrest | zenuw | inzinking | ingestort | instort | hyperventil |"
" hersenletsel | nah$ | depres | somber | neerslachtig | lusteloos | down$ | *angst |"
" paniek | fobie | *psych | psyg | *stress | burn out | burnout | opgebrand |"
" overspannen | overbelast | *trauma | ptss | ptsd\n"
"mental_health wartaal | doorgedraaid | verward | achterdochtig | pieker | slapeloos |"
" dement | alzheimer | vergeetachtig | geheugen | autis | adhd | add$ | borderline |"
" bipolair | manisch | schizofren | *stoornis | anorexia | boulimia | dwanggedacht |"
" dwangmatig | smetvrees | ocd$\n"
"mental_health weggooien | verzamelwoede | verzamelzucht | hoarding | rouw | ggz |"
" therapie | therapeut | kliniek | in mijn vel | in zijn vel | in haar vel |"
" hoofd zit vol | helder denken | hoofd loopt om | voel me schuldig |"
" voelt zich schuldig | voel ik me schuldig | schuldgevoel | verstandelijk | lvb$ |"
" huil de hele dag | moet steeds huilen | huil veel | emotioneel | slaap niet meer |"
" slaapt niet meer | kan niet meer slapen | slaap er slecht van | slaap slecht van |"
" lig wakker | lig s nachts wakker | schrik van alles | helemaal op$\n"
"\n"
"# --- physical health --------------------------------------------------------\n"
"physical_health *pijn | chronisch | diabetes | suikerziekte | insuline |"
" hartaandoening | hartklacht | hartinfarct | hartfalen | hartproblemen | hartziekte |"
" kanker | tumor | chemo | *operatie | geopereerd | heup | knie | rug$ | rugklacht |"
" hernia | ziek$ | zieke | ziekte$ | ziekten | *ziekte$ | *ziekten | *ziek$ |"
" ziekenhuis | ziekelijk | ziekjes | ziek van\n"
"not muziek | muzikant\n"
"physical_health rolstoel | rollator | scootmobiel | krukken | beperking | gehandicapt |"
" handicap | invalide | lichamelijk | medicijn | medicatie | gevallen | valt vaak |"
" valt af | revalid | ziekenhuis | tandarts | kiespijn | gebit\n"
"not in veel gevallen | in sommige gevallen | in alle gevallen | in beide gevallen |"
" in die gevallen\n"
"physical_health bloeddruk | gehoor | slecht zien | verlamd | amputatie | fibromyalgie |"
" vermoeid | valpartij | fysio | hersenletsel | nah$ | uitdrog | droogt uit | doof |"
" slechthorend | blind | slechtziend | astma | copd | longen | kortademig | benauwd |"
" migraine | parkinson | ms$ | reuma | artrose | beroerte | herseninfarct |"
" hersenbloeding | covid | overgewicht | obesitas | ondervoed | gezondheid | gezonder |"
" gebroken | ongeluk$ | ongelukken$ | wond$ | wonden | wondzorg | verpleegkundige |"
" wijkverpleeg | duizelig | trill | ter been | niet meer lopen | moeilijk lopen |"
" slecht lopen | trap niet | epilepsie | dialyse | nierziekte\n"
"\n"
"# --- substance use ----------------------------------------------------------\n"
"substance_use te veel drink | alcohol | alcohool | alchohol | alkohol | drank | drinkt |"
" drink te veel | drink veel | drink elke | drink ik | drink me | drinkprobleem |"
" drinkgedrag | met drinken | te veel drinken | veel drinken | aan het drinken |"
" gaan drinken | gedronken | dronken | zuip | bezopen | beschonken | bier$ | biertje |"
" blikjes bier | wijn$ | fles wijn | wodka | jenever | kroeg\n"
"not drinkt te weinig | drinkt onvoldoende | drinkt niet genoeg | drinkt weinig |"
" drinkt water | drinkt niet meer genoeg\n"
"substance_use stoned | coffeeshop | meth$ | crystal | jellinek | tactus | brijder |"
" novadic | *drugs | drug$ | blow | wiet | hasj | joint | cannabis | coke$ | cocaine |"
" crack$ | heroine | speed$ | xtc | lachgas | ghb$ | ketamine | methadon | opiaten |"
" oxycodon | oxazepam | benzo | slaappillen | snuif | onder invloed | dealer | dealen |"
" *verslaaf | *verslav | afkick | ontwenning | middelengebruik | slikt te veel |"
" slik te veel | als hij gebruikt | als ze gebruikt | als hij heeft gebruikt |"
" gebruikt heeft\n"
"substance_use *gok | casino | sportwed | weddenschap | krasloten\n"
"not gokje\n"
"\n"
"# --- basic ADL --------------------------------------------------------------\n"
"basic_adl wassen | douche | aankleden | aan te kleden | uitkleden | steunkousen |"
" zelfverzorg | persoonlijke verzorging | zichzelf verzorgen |"
" zichzelf niet meer verzorgen | mezelf verzorgen | zelfverwaarlozing |"
" verwaarloost zichzelf | verwaarloos zichzelf\n"
"basic_adl zelfzorg | hygien | bed niet uit | bed niet meer uit | incontinent | toilet |"
" naar de wc | wc$ | tanden poetsen | tandenpoetsen | nagels knippen | scheren |"
" eten en drinken | eet en drinkt | eet slecht | eet niet | eet bijna niets |"
" eet weinig | eet onvoldoende | zelf eten | zelfstandig eten | bed uit | uit bed |"
" hele dag in bed | vieze kleren | dezelfde kleren | mobiliteit\n"
"\n"
"# --- instrumental ADL -------------------------------------------------------\n"
"instrumental_adl poetshulp | vuilnis | papierwerk | instanties | baxter | medicijnrol |"
" boodschap | huishoud | schoonma | schoon te houden | schoonhouden | stofzuig | strijk |"
" de was$ | afwas | koken | kook$ | kookt | *maaltijd | eten maken | eten klaarmaken |"
" groente | smerig | klusjes | de tuin | vervoer$ | vervoersvoorziening | deeltaxi |"
" taxibus | wmo vervoer | wmo taxi | valys | regiotaxi | openbaar vervoer | formulier |"
" digid | met de bus | met het ov | met de tram | met de metro | met de trein |"
" id kaart | identiteitsbewijs | paspoort kwijt | paspoort verlopen | paspoort aanvragen\n"
"instrumental_adl medicijnen in te nemen | medicijnen innemen | medicatie innemen |"
" medicijnen vergeet | vergeet mijn medicijnen | vergeet haar medicijnen |"
" vergeet zijn medicijnen | pillen vergeet\n"
"\n"
"# --- social network ---------------------------------------------------------\n"
"social_network vriendinnen | mensen leren kennen | nieuwe mensen | nieuwe contacten |"
" eenzaam | eensaam | vereenzaam | isolement | geisoleerd | vriendschap | kennissen |"
" kleinkind | contacten | geen contact | weinig contact | contact verbroken |"
" sociale contact | sociaal contact | sociale leven | netwerk | maatje | buddy |"
" op bezoek | bezoek$ | geen vrienden | weinig vrienden | mijn vrienden |"
" vrienden kwijt | vrienden maken | nieuwe vrienden | vrienden weggevallen |"
" mijn familie | geen familie | familie woont | familie in het buitenland |"
" contact met mijn familie | contact met de familie | familie wil | familie laat |"
" familie heeft\n"
"social_network voel me alleen | voel me zo alleen | voelt zich alleen | zo alleen$ |"
" helemaal alleen$ | altijd alleen | heb niemand | ken niemand | ken ik niemand |"
" zie niemand | zie ik niemand | op niemand | niemand om | niemand ken | ziet niemand |"
" ziet ze niemand | veel alleen | niemand komt | niemand meer | niemand die |"
" verder niemand | met niemand | deur niet uit | nooit buiten | terugvallen |"
" geen steun | ken hier niemand | ken er niemand | ken daar niemand\n"
"\n"
"# --- community participation ------------------------------------------------\n"
"community_participation meedoen | mee doen | mee te doen | doe mee | participatie$ |"
" sportver | moskee | kerk$ | vereniging | sportclub | club$ | lid worden |"
" lidmaatschap | contributie | buurthuis | buurtcentrum | buurtfeest | buurtactiviteit |"
" activiteit | wijkraad | bewonerscommissie | voor de wijk | voor de buurt\n"
"community_participation taal | moedertaal | nederlands | nederland$ | statushouder |"
" nieuwkomer | vluchteling | asiel | integreren | *discrimin | buitengesloten |"
" buiten gesloten | uitgesloten | racisme | digita | hoofddoek |"
" vanwege mijn achternaam | vanwege mijn afkomst | vanwege mijn huidskleur |"
" om mijn afkomst | racist | bespuugd | thuis in de wijk | thuis in de buurt\n"
"work_education,community_participation inburger\n"
"\n"
"# --- justice ----------------------------------------------------------------\n"
"work_education vog$ | verklaring omtrent\n"
"justice in de bak | de bak in | justitie | *reclassering | detentie | gevangen | bajes |"
" cel$ | in de cel | zit vast | zat vast | strafblad | *straf | rechtbank | rechter$ |"
" *rechtszaak | advocaat | proeftijd | enkelband | meldplicht | voorwaardelijk |"
" veelpleger | vog$\n"
"justice boa$ | proces verbaal | *gevangenis | tbs$ | gedetineerd | vrijgelaten |"
" kinderrechter | verdacht | inbraak | ingebroken | *fraude | witwas | heling |"
" vastgezet | vastzit | arrest | gearresteerd | opgepakt | aangehouden | politie |"
" wijkagent | het om$ | van het om$ | openbaar ministerie | dagvaarding | gedagvaard |"
" vonnis | veroordeel | cjib | halt$ | vandalisme | *diefstal | gestolen | crimin |"
" afpers | afgeperst | geronseld | ronsel | contactverbod | straatverbod | huisverbod |"
" gebiedsverbod | aangifte gedaan | aangifte doen$ | aangifte te doen | aangifte tegen |"
" aangifte van | aangifte bij de politie | aangifte doen bij de politie | boete$ |"
" boetes | rijbewijs kwijt | rijbewijs ingenomen | rijbewijs ingevorderd |"
" rijontzegging | drugshandel | drugs rond | drugs verkopen | drugs te verkopen\n"
"\n"
"# --- crisis: suicide, self-harm, psychosis ----------------------------------\n"
"crisis,mental_health suicid | suisid | sucid | zelfmoor | selfmoor | zelfmord |"
" zelf moord | zelfdoding | zelf doding | zelfbeschadig | zelf beschadig | zelfverwond |"
" automutil | levensmoe | doodswens | doodsgedacht | dood wil | wil dood | wil ik dood |"
" dood willen | liever dood | beter dood | wil gewoon dood | van het leven beroven |"
" van het leven te beroven | stoppen met leven | stoppen met het leven |"
" stoppen met mijn leven | stoppen met dit leven | maar dood | dat ik er niet meer was |"
" dat ik er niet meer ben | niet meer hoeven | geen uitweg | leven heeft geen zin |"
" geen zin meer om te leven | geen zin om te leven | leven zinloos | leven is zinloos |"
" afscheidsbrief | polsen door | pols door | in mijn polsen | in haar polsen |"
" in zijn polsen | polsen gesneden | polsen snijden | dat ik dood was | dat ik dood ben |"
" aan de dood | hoeft allemaal niet meer | hoeft voor mij allemaal niet meer |"
" hoeft niet meer voor mij | moe van het leven\n"
"crisis,mental_health niet meer leven | niet meer wil leven | niet meer willen leven |"
" niet langer leven | geen zin meer in het leven | geen zin meer in leven |"
" geen zin in het leven | het leven niet meer | uit het leven | er niet meer zijn |"
" niet meer wakker | hoeft voor mij niet meer | zie het niet meer zitten |"
" ziet het niet meer zitten | beter af zonder mij | beter af zijn zonder mij |"
" zonder mij beter af\n"
"crisis,mental_health er een eind aan | er een einde aan | einde aan maken |"
" eind aan mijn leven | einde aan mijn leven | eind aan zijn leven |"
" einde aan zijn leven | eind aan haar leven | einde aan haar leven |"
" eind aan het leven | einde aan het leven | van kant | een touw | me ophangen |"
" mij ophangen | mezelf ophangen | zich ophangen | zichzelf ophangen | me op te hangen |"
" zich op te hangen\n"
"crisis,mental_health van de brug | van een brug | van een gebouw | van het flatgebouw |"
" van de galerij | voor een auto | voor de bus | voor een bus | van het dak |"
" van een flat | van de flat | van het balkon | voor de trein | voor een trein |"
" onder de trein | voor de metro | gaat springen | ga springen | wil springen |"
" spring ik | springt van\n"
"crisis,mental_health pillen gespaard | pillen sparen | pillen verzameld |"
" pillen opgespaard | hele strip | alle pillen | overdosis | overdose | pillen geslikt |"
" pillen ingenomen | scheermes\n"
"crisis,mental_health mezelf | mijzelf | zichzelf | me zelf | mij zelf | zich$ & snij |"
" gesneden | kras$ | krast | krassen | gekrast | beschadig | verwond | pijn te doen |"
" pijn doen | iets aan te doen | iets aandoe | iets aan doen | bonk | brand$\n"
"crisis,mental_health hoofd tegen de muur | hoofd tegen muur | hoofdbonken |"
" met haar hoofd tegen | met zijn hoofd tegen | met mijn hoofd tegen\n"
"crisis,mental_health beter af & zonder mij\n"
"crisis,mental_health hallucin | stemmen in mijn hoofd | stemmen in zijn hoofd |"
" stemmen in haar hoofd | gedwongen opname | ibs$ | inbewaringstelling | zorgmachtiging |"
" *psychose | psychotisch | hoort stemmen | hoor stemmen | stemmen hoort |"
" stemmen horen | hoort dingen | ziet dingen | zie dingen | dingen die er niet zijn |"
" waan | wanen | achtervolgingswaan | grootheidswaan | parano | vergiftigen |"
" vergiftigd | vergiftigt | geheime dienst | afgeluisterd | bespioneerd | zie schimmen |"
" ziet schimmen | ziet beest | zie beest | erg verward | zeer verward | acuut verward |"
" ernstig verward | helemaal verward | totaal verward | zwaar manisch | erg manisch |"
" ernstig manisch | heel manisch | in een manie | manische episode | manische fase |"
" acuut manisch | ziet camera | denkt dat er camera | camera s in\n"
"not waanzin | waanzinnig | waanzinnige\n"
"crisis crisis | acuut | noodsituatie | noodgeval\n"
"crisis geen eten | niks te eten | niets te eten | niks meer te eten |"
" niets meer te eten | niks gegeten | niets gegeten | nog niks gehad | nog niets gehad\n"
"\n"
"# --- crisis: nowhere to sleep, losing one's home within days -----------------\n"
"crisis,housing daklo | thuisloos | geen slaapplek | geen slaapplaats |"
" geen plek om te slapen | geen plek voor vannacht | geen plek om te overnachten |"
" nergens om te slapen | nergens te slapen | nergens kan slapen | kan nergens heen |"
" nergens naartoe | geen dak boven | geen dak meer | dak boven mijn hoofd |"
" dak boven ons hoofd | geen onderdak | zonder onderdak | vannacht op straat |"
" vanavond op straat | op straat slapen | op straat geslapen | op straat gezet |"
" sta op straat | staan op straat | staat op straat | geen adres om | geen adres meer |"
" geen plek om naartoe | geen plek om heen | geen plek meer | geen plek om te wonen |"
" geen andere plek | nergens anders heen | nergens anders naartoe\n"
"crisis,housing waar ik moet slapen | waar ik vannacht | waar we vannacht |"
" waar we moeten slapen | waar ik kan slapen | waar we kunnen slapen\n"
"crisis,housing nergens terecht | nergens heen | slaapplek | slaapplaats | onderdak |"
" bed$ | plek om te slapen | opvang$ | nachtopvang & vannacht | vanavond\n"
"crisis,housing slaap | slaapt | slapen | sliep | geslapen | overnacht & buiten$ |"
" op straat | in de auto | in mijn auto | in zijn auto | in haar auto | in het park |"
" portiek | fietsenhok | trappenhuis | station$ | tentje | bankje\n"
"crisis,housing ontruim | *uitzetting | uitgezet | uit huis gezet | huis uit gezet |"
" huis uit$ | het huis uit | uit mijn huis | uit ons huis | de woning uit | woning uit$ |"
" uit de woning | uit mijn woning | uit mijn kamer | eruit$ | er uit$ | op straat |"
" de deur uit gezet | buiten gezet | buitengezet | vertrekken | vertrek$ |"
" sleutel inleveren | sleutels inleveren | sloten vervangen | slot vervangen |"
" moet weg$ | weg moet | huis kwijt | woning kwijt | kamer kwijt | geen dak & vandaag |"
" vanavond | vannacht | morgen | overmorgen | maandag | dinsdag | woensdag | donderdag |"
" vrijdag | zaterdag | zondag | deze week | binnen een week | binnen 1 week |"
" binnen twee dagen | binnen drie dagen | binnen een paar dagen | binnen enkele dagen |"
" over een paar dagen | over twee dagen | over drie dagen | over 2 dagen | over 3 dagen |"
" over 1 dag | over 4 dagen | over 5 dagen | binnen 4 dagen | binnen 5 dagen |"
" binnen 2 dagen | binnen 3 dagen | binnen 48 uur | binnen 24 uur | volgende week |"
" komende week | over een week | eind van de week | einde van de week | per direct |"
" meteen | gisteren\n"
"crisis,housing sleutel | sleutels & inlever | ingeleverd | afgeven | teruggeven &"
" vandaag | vanavond | vannacht | morgen | overmorgen | maandag | dinsdag | woensdag |"
" donderdag | vrijdag | zaterdag | zondag | deze week | binnen een week | binnen 1 week |"
" binnen twee dagen | binnen drie dagen | binnen een paar dagen | binnen enkele dagen |"
" over een paar dagen | over twee dagen | over drie dagen | over 2 dagen | over 3 dagen |"
" over 1 dag | over 4 dagen | over 5 dagen | binnen 4 dagen | binnen 5 dagen |"
" binnen 2 dagen | binnen 3 dagen | binnen 48 uur | binnen 24 uur | volgende week |"
" komende week | over een week | eind van de week | einde van de week | per direct |"
" meteen | gisteren\n"
"\n"
"# --- safety: violence, threats, abuse, neglect, stalking, exploitation -------\n"
"safety intimid | geintimid | terroriseer | dreigbrie | dreigberich | dreigmail |"
" gooit dingen | gooide | shaken baby | schudt de baby | baby geschud | neergestoken |"
" steekpartij | gestoken met | verstik | doodschiet | pak voor de broek |"
" pak voor zijn broek | pak voor haar broek | billenkoek | ongewenste aanraking |"
" raakt me aan | raakt mij aan | raakte me aan | raakte mij aan | aan mijn lichaam |"
" aan haar lichaam | *pooier | drugsrunner | amhk | huiselijk geweld | met de riem |"
" met een riem | met de broekriem | riem krijgt | riem gekregen | *geweld | *mishandel |"
" misshandel | slaat | slaan | sla me$ | sla mij | sloeg | geslagen | pak slaag |"
" pak rammel | slaag krijg | slaag gekregen | klap$ | klappen | schop | geschopt |"
" trapt | getrapt | stomp | gestompt | duwt | duwde | geduwd | mept | gemept | meppen |"
" wurg | gewurgd | bij de keel | naar de keel | keel dicht | knijpt | geknepen |"
" blauwe plek | blauw oog | letsel | aan mijn haren | aan haar haren | bij de haren |"
" gooit met | smijt | bij mijn keel | bij haar keel | bij zijn keel | naar mijn keel |"
" keel gepakt | keel gegrepen | keel dichtgeknepen | keel dichtgedrukt | kapot maakt |"
" kapotmaakt | maakt je kapot | maakt haar kapot | maakt me kapot | maak je kapot |"
" maak ik je kapot\n"
"not geweldig | geweldige | geweldiger | geweldigs | slaat nergens op |"
" slaat de plank mis | slaat alarm | slaan alarm | sloeg alarm | slaat aan | slaat door |"
" slaat om | slaat haar ogen neer | slaat zijn ogen neer | slaat de ogen neer |"
" slaat met de deur | slaat met de deuren | slaat de deur\n"
"safety bedreig | dreigt me$ | dreigt mij$ | dreigt ons | dreigt haar | dreigt hem |"
" dreigt de kinderen | dreigt om | dreigt met geweld | dreigde | gedreigd | dreigement |"
" iets aan te doen | iets aandoe | iets aan doen | wat aan te doen | doodmaak |"
" dood maken | maakt me dood | maak je dood | vermoord | kapot maken | kapotmaken |"
" maak je af | maakt me af | mes$ | messen$ | wapen | pistool | vuurwapen | agressie |"
" agressief\n"
"safety bang voor mijn man | bang voor mijn vader | bang voor mijn ex |"
" bang voor mijn partner | bang voor mijn vriend | bang voor mijn zoon |"
" bang voor mijn broer | bang voor mijn moeder | bang voor mijn stief | bang voor haar |"
" bang voor zijn vader | bang voor zijn moeder | bang voor zijn vrouw | bang voor hun |"
" bang voor hem | bang voor de man | bang voor de vader | doodsbang |"
" durf niet naar huis | durf niet meer naar huis | durft niet naar huis |"
" durft niet meer naar huis | durf niet thuis | onveilig | niet veilig |"
" niet meer veilig | nergens veilig | nergens meer veilig | veilig thuis | in gevaar |"
" veiligheid van\n"
"safety misbruik | verkracht | aanrand | aangerand | betast | ontucht | incest |"
" seksueel | seksuele | seks$ | naaktfoto | sexting | sextortion | chanteer |"
" gechanteerd | chantage | afpers | afgeperst | grooming | gegroomd | zit aan me$ |"
" zit aan mij$ | zat aan me$ | zat aan mij$ | aan me zitten | aan mij zitten |"
" aan me gezeten | aan mij gezeten | aan haar gezeten | in haar bed komt |"
" in mijn bed komt | in zijn bed komt | bij mij in bed | bij haar in bed |"
" bij hem in bed | zit aan mijn dochter | zit aan mijn zoon | zit aan mijn kind |"
" zit aan haar dochter | zit aan zijn dochter | zat aan mijn dochter |"
" zat aan mijn zoon | zat aan mijn kind | zit aan de kinderen |"
" aan mijn dochter gezeten | aan mijn zoon gezeten | aan mijn kind gezeten |"
" met mannen mee | met mannen naar bed | met mannen slapen | mannen mee te gaan |"
" met klanten mee | seks met klanten | massagesalon | raamprostitutie | escort\n"
"safety loverboy | pooier | prostitutie | mensenhandel | uitbuit | uitgebuit |"
" *uitbuiting | gedwongen | dwingt me$ | dwingt mij$ | dwingt haar | dwingt hem |"
" dwingen me$ | onder dwang | geronseld | ronsel | drugskoerier | heeft mijn paspoort |"
" houdt mijn paspoort | houden mijn paspoort | paspoort afgepakt | paspoort afgenomen |"
" paspoort ingenomen | papieren afgepakt | pinpas van | pinpasje van | bankpas van |"
" neemt mijn geld | pakt mijn geld | neemt haar geld | pakt haar geld | geld afgepakt |"
" afhandig | liet me werken | laat me werken | liet mij werken | laat mij werken |"
" laten me werken | lieten me werken | werken zonder loon | zonder loon werken |"
" krijgt nauwelijks te eten | krijgt geen eten | krijgt niet genoeg te eten |"
" krijgt te weinig eten | geeft haar geen eten | geeft hem geen eten | pensioen af |"
" geld af$ | uitkering af | aow af | salaris af | loon af\n"
"safety kijkt | controleert | leest & in mijn telefoon | mijn telefoon | haar telefoon |"
" mijn berichten | haar berichten\n"
"safety geld | pensioen | aow$ | uitkering | pinpas | bankpas | salaris | spaargeld &"
" afpak | afgepakt | aftroggel | afhandig | praat hem | praat haar | gepind |"
" laat hem pinnen | laat haar pinnen\n"
"safety zonder loon | zonder betaling | euro per uur | geen loon & moet | mag niet |"
" paspoort | container | slapen\n"
"safety arbeidsmigrant | buitenlandse arbeiders | seizoenarbeid & durven niet |"
" durft niet | bang | uitgebuit | paspoort | onderbetaald | opgehaald | uitgeput |"
" te veel mensen | container\n"
"safety,justice pakketjes | drugs rond | drugs te verkopen | drugs verkopen |"
" drugs vervoer | drugs brengen | drugs weg & jongens | jongeren | minderjarig | neefje |"
" nichtje | kinderen | tieners | zoon van 1 | dochter van 1 | jongen van 1 |"
" meisje van 1 | kind$\n"
"safety *stalk | achtervolg | volgt me$ | volgt mij$ | volgde me$ | volgde mij$ |"
" volgt haar | houdt me in de gaten | houdt mij in de gaten | houdt haar in de gaten |"
" in de gaten gehouden | tracker | peilzender | blijft me bellen | blijft bellen |"
" blijft appen | blijft me appen | blijft berichten | honderden berichten |"
" tientallen berichten | laat me niet met rust | laat mij niet met rust |"
" laat me niet los | staat steeds voor | voor mijn deur | steeds voor de deur |"
" contactverbod | straatverbod | huisverbod | gebiedsverbod | meldcode\n"
"safety eergerelateerd | eerwraak | huwelijksdwang | uithuwelijk | gedwongen huwelijk |"
" achterlating | besnijdenis | opgesloten | sluit me op | sluit mij op | sluit haar op |"
" sluiten me op | opsluiten | kleineert | kleineren | vernedert | vernederd |"
" controleert alles | controleert mijn telefoon | kijkt in mijn telefoon |"
" bepaalt alles | mag niemand zien | mag niet naar buiten | mag niet alleen naar buiten |"
" mag het huis niet uit | mag geen eigen geld | mag geen geld | telefoon controle |"
" controleert haar telefoon | controleert zijn telefoon | kijkt in haar telefoon |"
" zonder hem de deur | mag de deur niet uit | mag niet de deur uit |"
" laat me niet naar buiten | laat haar niet naar buiten | laat haar niet de deur |"
" laat me niet de deur | niet de deur uit laat | de deur niet uit laat |"
" mag niet naar school | mogen niet naar school\n"
"safety verwaarloosd | verwaarlozing | kinderverwaarlozing | verwaarloost de |"
" verwaarloost haar | verwaarloost zijn | verwaarloost hun | verwaarloost het |"
" verwaarlozen | niet goed verzorgd | niet verzorgd | alleen gelaten |"
" alleen thuis gelaten | kindermishandel\n"
"safety,domestic_relations baby | peuter | kleuter | kinderen | kind$ | kindje |"
" zoontje | dochtertje | jongste | de kleine | meisje | jongen$ | leerling &"
" alleen thuis | alleen gelaten | uren alleen | alleen laten | geen eten | honger |"
" vieze kleren | niet verzorgd | niet gevoed | reageert er niet op | reageert niet op |"
" zorgt niet voor | zorgt niet goed voor | zorgen niet goed voor | krijgen geen eten |"
" blauwe plek | brandwond | onverklaarbare | vieze kleding | niet goed verzorgd |"
" vervuil | geen bed | smerig | zonder ontbijt | verwaarlo\n";

#define NCODES 38		/* a-z, 0-9, the separator, and 0 for anything else */
#define MAXPARTS 8		/* parts of a combined ('&') entry */

/* Internal category: one alternative of one part of a combined entry. */
enum { LEX_PART = LEX_NCATEGORIES };

struct entry {
	char *phrase;		/* folded, without the '*' and '$' marks */
	size_t len;
	int category;
	unsigned char infix;	/* '*': may also start inside a word */
	unsigned char wordend;	/* '$': must end where a word ends */
	unsigned char part;	/* a LEX_PART: which part of its entry (0-7) */
	unsigned char nparts;	/* a combined entry: how many parts */
	int combo;		/* a LEX_PART: the index of its combined entry */
};

/*
 * A phrase as the scan compares it.  Entries with the same phrase and
 * marks share one key ("crisis,housing daklo" is two entries, one key;
 * so are the days of two '&' entries), which is compared once.
 */
struct key {
	const char *phrase;	/* one of its entries' */
	size_t len;
	uint64_t head, mask;	/* the phrase's first (up to) eight bytes, and which */
	unsigned char infix, wordend, not;
	int target, ntargets;	/* its entries: targets[target .. target + ntargets) */
};

struct index {
	int *by;		/* key indexes grouped by the phrase's first depth bytes */
	int *start;		/* where each group starts in by */
	int depth;		/* 3 at word starts, 2 inside words */
};

struct lexicon {
	struct entry *e;	/* in file order: hits are reported in this order */
	int n;
	struct key *k;
	int nk;
	int *targets;		/* the entries of each key */
	struct index words;	/* every key, tried at word starts */
	struct index inside;	/* the '*' keys, tried inside words */
	int ninfix;
	unsigned char inpair[(NCODES * NCODES + 7) / 8];	/* a bit per group of inside */
	int *combos;		/* indexes of the combined entries */
	int ncombos;
};

/*
 * A folded text has only a-z, 0-9 and the separator; each gets a code
 * below NCODES (anything else, such as the zeros after the text, 0), and
 * a word start is looked up by the codes of its first three bytes: the few
 * phrases that can match there.
 */
static _Thread_local unsigned char code[256];

static void
code_init(void)
{
	int c;

	for (c = 'a'; c <= 'z'; c++)
		code[c] = (unsigned char)(1 + c - 'a');
	for (c = '0'; c <= '9'; c++)
		code[c] = (unsigned char)(27 + c - '0');
	code[' '] = 37;
}

/* The group of the depth bytes at t. */
static int
group_of(const char *t, int depth)
{
	const unsigned char *u = (const unsigned char *)t;

	return depth == 3 ? (code[u[0]] * NCODES + code[u[1]]) * NCODES + code[u[2]] :
	    code[u[0]] * NCODES + code[u[1]];
}

/*
 * Add key k to the groups it belongs in: count them (fill NULL) or fill
 * them.  A phrase shorter than the depth matches whatever follows, so it
 * goes into every group that starts like it.
 */
static void
group(const struct lexicon *lx, struct index *x, int k, int *fill)
{
	const unsigned char *p = (const unsigned char *)lx->k[k].phrase;
	size_t len = lx->k[k].len, j;
	int base = 0, span = 1, g;

	for (j = 0; j < (size_t)x->depth; j++) {
		base = base * NCODES + (j < len ? code[p[j]] : 0);
		if (j >= len)
			span *= NCODES;
	}
	for (g = base; g < base + span; g++)
		if (fill)
			x->by[fill[g]++] = k;
		else
			x->start[g + 1]++;
}

/* Whether key k goes into index x (inside: the '*' keys only). */
static int
indexed(const struct lexicon *lx, const struct index *x, int k)
{
	return x == &lx->words || lx->k[k].infix;
}

/* Group the keys of index x by their first depth bytes, the "not" keys first. */
static void
build_index(struct lexicon *lx, struct index *x, int depth)
{
	int ngroups = depth == 3 ? NCODES * NCODES * NCODES : NCODES * NCODES, *fill, k, pass;

	x->depth = depth;
	x->start = xcalloc((size_t)ngroups + 1, sizeof(int));
	for (k = 0; k < lx->nk; k++)
		if (indexed(lx, x, k))
			group(lx, x, k, NULL);
	for (k = 0; k < ngroups; k++)
		x->start[k + 1] += x->start[k];
	x->by = xcalloc((size_t)x->start[ngroups] + 1, sizeof(int));
	fill = xreallocarray(NULL, (size_t)ngroups, sizeof(int));
	memcpy(fill, x->start, (size_t)ngroups * sizeof(int));
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < lx->nk; k++)
			if (indexed(lx, x, k) && lx->k[k].not == (pass == 0))
				group(lx, x, k, fill);
	free(fill);
}

static void head8(const char *s, size_t len, uint64_t *head, uint64_t *mask);

/* Entries in the order that puts those of one key together. */
static const struct lexicon *sorting;

static int
by_phrase(const void *a, const void *b)
{
	const struct entry *x = &sorting->e[*(const int *)a], *y = &sorting->e[*(const int *)b];
	int c;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if ((c = memcmp(x->phrase, y->phrase, x->len)) != 0)
		return c;
	if (x->infix != y->infix || x->wordend != y->wordend)
		return x->infix * 2 + x->wordend - (y->infix * 2 + y->wordend);
	if ((x->category == LEX_NOT) != (y->category == LEX_NOT))
		return x->category == LEX_NOT ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* The keys: one for each phrase (with its marks) that entries share. */
static void
build_keys(struct lexicon *lx)
{
	int *order = xreallocarray(NULL, (size_t)lx->n + 1, sizeof(int)), i, n = 0;

	for (i = 0; i < lx->n; i++)
		if (lx->e[i].nparts == 0)	/* a combined entry is found by its parts */
			order[n++] = i;
	sorting = lx;
	qsort(order, (size_t)n, sizeof(int), by_phrase);
	sorting = NULL;
	lx->k = xreallocarray(NULL, (size_t)n + 1, sizeof(*lx->k));
	lx->targets = order;		/* sorted, the entries of each key are together */
	for (i = 0; i < n; i++) {
		const struct entry *e = &lx->e[order[i]];
		struct key *k = &lx->k[lx->nk - 1];
		unsigned char not = e->category == LEX_NOT;

		if (lx->nk > 0 && k->len == e->len && memcmp(k->phrase, e->phrase, e->len) == 0 &&
		    k->infix == e->infix && k->wordend == e->wordend && k->not == not) {
			k->ntargets++;
			continue;
		}
		k = &lx->k[lx->nk++];
		k->phrase = e->phrase;
		k->len = e->len;
		k->infix = e->infix;
		k->wordend = e->wordend;
		k->not = not;
		k->target = i;
		k->ntargets = 1;
		head8(e->phrase, e->len, &k->head, &k->mask);
		lx->ninfix += e->infix;
	}
}

static int
category(const char *s, size_t len)
{
	if (len == 6 && memcmp(s, "crisis", 6) == 0)
		return LEX_CRISIS;
	if (len == 6 && memcmp(s, "safety", 6) == 0)
		return LEX_SAFETY;
	if (len == 3 && memcmp(s, "not", 3) == 0)
		return LEX_NOT;
	return domain_lookup(s, len);
}

/*
 * The first min(len, 8) bytes of s as a word, and the mask that selects
 * them: one compare rejects nearly every entry of a group, also the many
 * that start alike ("mijn man", "mijn vriend").
 */
static void
head8(const char *s, size_t len, uint64_t *head, uint64_t *mask)
{
	unsigned char b[8] = { 0 }, m[8] = { 0 };
	size_t i;

	for (i = 0; i < len && i < 8; i++) {
		b[i] = (unsigned char)s[i];
		m[i] = 0xff;
	}
	memcpy(head, b, 8);
	memcpy(mask, m, 8);
}

static struct entry *
new_entry(struct lexicon *lx, int *cap)
{
	if (lx->n == *cap) {
		*cap = *cap ? *cap * 2 : 128;
		lx->e = xreallocarray(lx->e, (size_t)*cap, sizeof(*lx->e));
	}
	memset(&lx->e[lx->n], 0, sizeof(*lx->e));
	lx->e[lx->n].combo = -1;
	return &lx->e[lx->n++];
}

static int
blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/*
 * Add the alternatives ('|') of one part of a line, s[0..n): part -1 for a
 * line without '&'.  Returns 0, or -1 with a message in err.
 */
static int
add_part(struct lexicon *lx, int *cap, int cat, int combo, int part, const char *s, size_t n,
    struct buf *folded, const char *name, long line, struct buf *err)
{
	size_t a = 0;

	while (a <= n) {
		const char *bar = memchr(s + a, '|', n - a);
		size_t b = bar ? (size_t)(bar - s) : n, p = a, q = b, k;
		int infix = 0, wordend = 0;
		struct entry *e;

		while (p < q && blank(s[p]))
			p++;
		while (q > p && blank(s[q - 1]))
			q--;
		if (p < q && s[p] == '*') {
			infix = 1;
			p++;
		}
		if (q > p && s[q - 1] == '$') {
			wordend = 1;
			q--;
		}
		for (k = p; k < q; k++)
			if (s[k] == '*' || s[k] == '$') {
				buf_printf(err, "%s:%ld: '%c' only at the start ('*') or end ('$') of a phrase",
				    name, line, s[k]);
				return -1;
			}
		buf_reset(folded);
		text_fold(s + p, q - p, ' ', folded);
		if (folded->len == 0) {
			buf_printf(err, "%s:%ld: an empty phrase between '|' or '&'", name, line);
			return -1;
		}
		if (cat == LEX_NOT && infix) {
			buf_printf(err, "%s:%ld: a 'not' phrase is whole words: no '*'", name, line);
			return -1;
		}
		e = new_entry(lx, cap);
		e->phrase = xstrndup(folded->data, folded->len);
		e->len = folded->len;
		e->category = part < 0 ? cat : LEX_PART;
		e->infix = (unsigned char)infix;
		e->wordend = (unsigned char)(wordend || cat == LEX_NOT);
		e->combo = combo;
		e->part = (unsigned char)(part < 0 ? 0 : part);
		a = b + 1;
	}
	return 0;
}

/* Add the entries of one line's phrase, s[0..n), in category cat. */
static int
add_line(struct lexicon *lx, int *cap, int *ccap, int cat, const char *s, size_t n,
    struct buf *folded, const char *name, long line, struct buf *err)
{
	int nparts = 1, combo = -1, i;
	size_t k;

	for (k = 0; k < n; k++)
		nparts += s[k] == '&';
	if (nparts > MAXPARTS || (nparts > 1 && cat == LEX_NOT)) {
		buf_printf(err, nparts > MAXPARTS ? "%s:%ld: more than 8 parts joined by '&'" :
		    "%s:%ld: a 'not' phrase cannot join parts with '&'", name, line);
		return -1;
	}
	if (nparts > 1) {
		struct entry *e = new_entry(lx, cap);

		combo = lx->n - 1;
		e->category = cat;
		e->nparts = (unsigned char)nparts;
		e->phrase = xstrndup("", 0);
		if (lx->ncombos == *ccap) {
			*ccap = *ccap ? *ccap * 2 : 16;
			lx->combos = xreallocarray(lx->combos, (size_t)*ccap, sizeof(int));
		}
		lx->combos[lx->ncombos++] = combo;
	}
	for (i = 0; i < nparts; i++) {
		const char *amp = memchr(s, '&', n);

		k = amp ? (size_t)(amp - s) : n;
		if (add_part(lx, cap, cat, combo, nparts > 1 ? i : -1, s, k, folded, name, line, err) < 0)
			return -1;
		s += k + (amp != NULL);
		n -= k + (amp != NULL);
	}
	return 0;
}

struct lexicon *
lexicon_parse(const char *text, size_t len, const char *name, struct buf *err)
{
	struct lexicon *lx = xcalloc(1, sizeof(*lx));
	struct buf folded = { 0 };
	size_t pos = 0;
	long line = 0;
	int cap = 0, ccap = 0, g;

	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0, cstart, cend, c;
		int cats[LEX_NCATEGORIES], ncats = 0, i;

		pos += n + (nl != NULL);
		line++;
		while (k < n && blank(s[k]))
			k++;
		if (k == n || s[k] == '#')
			continue;
		cstart = k;
		while (k < n && s[k] != ' ' && s[k] != '\t')
			k++;
		cend = k;
		/* One category or several joined by ',': "crisis,mental_health". */
		for (c = cstart; c <= cend; c++) {
			const char *comma = memchr(s + c, ',', cend - c);
			size_t e = comma ? (size_t)(comma - s) : cend;
			int cat = category(s + c, e - c);

			if (cat < 0) {
				buf_printf(err, "%s:%ld: '%.*s' is not a domain, 'crisis', 'safety' or 'not'",
				    name, line, (int)(e - c), s + c);
				goto fail;
			}
			for (i = 0; i < ncats && cats[i] != cat; i++)
				continue;
			if (i == ncats && ncats < LEX_NCATEGORIES)
				cats[ncats++] = cat;
			c = e;
		}
		for (i = 0; i < ncats; i++)
			if (cats[i] == LEX_NOT && ncats > 1) {
				buf_printf(err, "%s:%ld: 'not' goes with no other category", name, line);
				goto fail;
			}
		s += cend;
		n -= cend;
		buf_reset(&folded);
		text_fold(s, n, ' ', &folded);
		if (folded.len == 0 && memchr(s, '*', n) == NULL && memchr(s, '$', n) == NULL) {
			buf_printf(err, "%s:%ld: no phrase after the category", name, line);
			goto fail;
		}
		for (i = 0; i < ncats; i++)
			if (add_line(lx, &cap, &ccap, cats[i], s, n, &folded, name, line, err) < 0)
				goto fail;
	}
	buf_free(&folded);
	if (code['a'] == 0)
		code_init();
	build_keys(lx);
	build_index(lx, &lx->words, 3);
	build_index(lx, &lx->inside, 2);
	for (g = 0; g < NCODES * NCODES; g++)
		if (lx->inside.start[g + 1] > lx->inside.start[g])
			lx->inpair[g / 8] |= (unsigned char)(1u << (g % 8));
	return lx;
fail:
	buf_free(&folded);
	lexicon_free(lx);
	return NULL;
}

void
lexicon_free(struct lexicon *lx)
{
	int i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->n; i++)
		free(lx->e[i].phrase);
	free(lx->e);
	free(lx->k);
	free(lx->targets);
	free(lx->words.by);
	free(lx->words.start);
	free(lx->inside.by);
	free(lx->inside.start);
	free(lx->combos);
	free(lx);
}

/*
 * Try the keys of one group of index x at t[i].  For every entry of a key
 * that matches: a domain is marked in hits at once, a part of an '&' entry
 * in that entry's found byte (one bit per part), and a signal is listed in
 * hit, to be reported in lexicon order.  Returns the length of a "not"
 * phrase that matched (it takes its words from every other entry), else 0.
 */
static size_t
try_group(const struct lexicon *lx, const struct index *x, const char *t, size_t n, size_t i,
    unsigned char *found, int *hit, int *nhit, struct lexicon_hits *hits)
{
	int g = group_of(t + i, x->depth), j, m;
	uint64_t w;

	memcpy(&w, t + i, 8);
	/*
	 * The first eight bytes decide most keys: a phrase's bytes are never
	 * 0, so one that runs past the text fails here on the zeros.
	 */
	for (j = x->start[g]; j < x->start[g + 1]; j++) {
		const struct key *k = &lx->k[x->by[j]];

		if ((w & k->mask) != k->head || (k->len > 8 &&
		    (k->len > n - i || memcmp(t + i + 8, k->phrase + 8, k->len - 8) != 0)))
			continue;
		if (k->wordend && t[i + k->len] != ' ' && t[i + k->len] != '\0')
			continue;	/* "not geweldig" leaves "geweldiger" alone */
		if (k->not)
			return k->len;
		for (m = k->target; m < k->target + k->ntargets; m++) {
			int id = lx->targets[m];
			const struct entry *e = &lx->e[id];

			if (found[id])
				continue;
			found[id] = 1;
			if (e->category < NDOMAINS)
				hits->domain[e->category] = 1;
			else if (e->category == LEX_PART)
				found[e->combo] |= (unsigned char)(1u << e->part);
			else
				hit[(*nhit)++] = id;
		}
	}
	return 0;
}

/* Whether the ';'-separated list has the phrase p[0..len) already ("geweld" and "*geweld"). */
static int
listed(const struct buf *list, const char *p, size_t len)
{
	const char *s = list->data, *end;

	if (s == NULL || list->len == 0)
		return 0;	/* an empty list has no data at all */
	end = s + list->len;
	while (s != NULL && s < end) {
		const char *semi = memchr(s, ';', (size_t)(end - s));
		size_t n = semi ? (size_t)(semi - s) : (size_t)(end - s);

		if (n == len && memcmp(s, p, len) == 0)
			return 1;
		s = semi ? semi + 1 : NULL;
	}
	return 0;
}

void
lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
    struct lexicon_hits *hits, struct buf *scratch)
{
	unsigned char *found;
	int *hit, nhit = 0;
	const char *t;
	size_t i, p, n, at, notend = 0;
	int j, k;

	memset(hits->domain, 0, sizeof(hits->domain));
	hits->crisis = hits->safety = 0;
	buf_reset(&hits->signals);
	buf_reset(scratch);
	text_fold(text, len, ' ', scratch);
	n = scratch->len;
	if (n == 0 || lx->n == 0)
		return;
	/*
	 * In one scratch buffer: the folded text, eight zero bytes (so eight
	 * bytes can be read at any byte), one found-flag per entry (for
	 * a combined entry: one bit per part found), and the entries found, in
	 * the order found.
	 */
	at = (n + 8 + (size_t)lx->n + sizeof(int) - 1) / sizeof(int) * sizeof(int);
	buf_grow(scratch, at - n + (size_t)lx->n * sizeof(int));
	t = scratch->data;
	memset(scratch->data + n, 0, 8);
	found = (unsigned char *)scratch->data + n + 8;
	memset(found, 0, (size_t)lx->n);
	hit = (int *)(void *)(scratch->data + at);	/* at is a multiple of sizeof(int) */
	for (i = 0; i < n; i++) {
		size_t end = i, not;

		/*
		 * A group's "not" entries come first: one that matches takes its
		 * words, to notend, from every other entry.
		 */
		if (i >= notend && (not = try_group(lx, &lx->words, t, n, i, found, hit, &nhit, hits)) > 0)
			notend = i + not;
		while (end < n && t[end] != ' ')
			end++;
		/* Inside the word, only the few '*' entries: "huurschuld", "gokschulden". */
		for (p = i + 1 > notend ? i + 1 : notend; lx->ninfix > 0 && p < end; p++) {
			int g = group_of(t + p, 2);

			if (lx->inpair[g / 8] & (1u << (g % 8)))
				try_group(lx, &lx->inside, t, n, p, found, hit, &nhit, hits);
		}
		i = end;	/* on to the next word start */
	}
	/* A combined entry is found when each of its parts is. */
	for (j = 0; j < lx->ncombos; j++) {
		int c = lx->combos[j];

		if (found[c] != (1u << lx->e[c].nparts) - 1)
			continue;
		if (lx->e[c].category < NDOMAINS)
			hits->domain[lx->e[c].category] = 1;
		else
			hit[nhit++] = c;
	}
	/* Report the signals in lexicon order, each phrase once: sort the few found. */
	for (j = 1; j < nhit; j++)
		for (k = j; k > 0 && hit[k - 1] > hit[k]; k--) {
			int tmp = hit[k];

			hit[k] = hit[k - 1];
			hit[k - 1] = tmp;
		}
	for (j = 0; j < nhit; j++) {
		const struct entry *e = &lx->e[hit[j]];

		if (e->category == LEX_CRISIS)
			hits->crisis++;
		else
			hits->safety++;
		if (e->nparts == 0) {
			if (!listed(&hits->signals, e->phrase, e->len)) {
				if (hits->signals.len > 0)
					buf_addc(&hits->signals, ';');
				buf_add(&hits->signals, e->phrase, e->len);
			}
			continue;
		}
		if (hits->signals.len > 0)
			buf_addc(&hits->signals, ';');
		/* A combined entry: the first alternative found of each part, "ontruim & morgen". */
		for (k = hit[j] + 1, p = 0; k < lx->n && lx->e[k].combo == hit[j]; k++)
			if (found[k] && lx->e[k].part == p) {
				if (p++ > 0)
					buf_add(&hits->signals, " & ", 3);
				buf_add(&hits->signals, lx->e[k].phrase, lx->e[k].len);
			}
	}
}
